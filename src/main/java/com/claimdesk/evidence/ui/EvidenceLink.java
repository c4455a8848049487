package com.claimdesk.evidence.ui;

import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import org.springframework.modulith.NamedInterface;

/**
 * A link that downloads an item's original, served like every evidence download (the service asked on each request,
 * the stored type, {@code nosniff}, an encoded file name), for other features' pages (the dossier dialog).
 */
@NamedInterface("evidence-link")
public class EvidenceLink extends Anchor {

    public EvidenceLink(EvidenceService service, long evidenceId, String text) {
        super(new EvidenceDownloads(service).handler(evidenceId, EvidenceVariant.ORIGINAL, false),
                AttachmentType.DOWNLOAD, text);
    }
}
