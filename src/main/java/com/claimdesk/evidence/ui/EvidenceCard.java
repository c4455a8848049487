package com.claimdesk.evidence.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.evidence.EvidenceKind;
import com.claimdesk.evidence.EvidenceSummary;
import com.claimdesk.evidence.EvidenceVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Style;

/**
 * One item in the gallery: its thumbnail (or an icon for a video, a PDF or an image the server could not decode),
 * caption, source, uploader and time. Caption and file name are set as text, never as HTML. A click, Enter or
 * Space opens the lightbox.
 */
class EvidenceCard extends Div {

    static final String THUMBNAIL_BOX = "160px";

    EvidenceCard(EvidenceSummary item, EvidenceDownloads downloads, Runnable open) {
        setId("evidence-item-" + item.id());
        addClassName("cd-evidence-card");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("evidence.open", item.title()));
        getStyle().setWidth(THUMBNAIL_BOX).setCursor("pointer").setPadding("var(--lumo-space-xs)")
                .setBorder("1px solid var(--lumo-contrast-10pct)").setBorderRadius("var(--lumo-border-radius-m)")
                .setDisplay(Style.Display.FLEX).setFlexDirection(Style.FlexDirection.COLUMN)
                .setGap("var(--lumo-space-xs)");

        var frame = new Div(visual(item, downloads));
        frame.getStyle().setWidth(THUMBNAIL_BOX).setHeight("120px").setDisplay(Style.Display.FLEX)
                .setAlignItems(Style.AlignItems.CENTER).setJustifyContent(Style.JustifyContent.CENTER)
                .setBackground("var(--lumo-contrast-5pct)").setBorderRadius("var(--lumo-border-radius-s)")
                .setOverflow(Style.Overflow.HIDDEN);

        var title = new Span(item.title());
        title.addClassName("cd-evidence-title");
        title.getStyle().setFontWeight(500).setOverflow(Style.Overflow.HIDDEN)
                .set("text-overflow", "ellipsis").setWhiteSpace(Style.WhiteSpace.NOWRAP);
        title.getElement().setAttribute("title", item.title());

        var source = new Span(Labels.of(item.source()));
        source.addClassName("cd-tag");
        var meta = new Span(item.uploadedByName() + " · " + Formats.dateTime(item.uploadedAt()));
        meta.getStyle().setFontSize("var(--lumo-font-size-xs)").setColor("var(--lumo-secondary-text-color)");

        add(frame, title, new Div(source), meta);
        addClickListener(e -> open.run());
        getElement().addEventListener("keydown", e -> open.run())
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .preventDefault();
    }

    private static Component visual(EvidenceSummary item, EvidenceDownloads downloads) {
        if (item.kind() == EvidenceKind.IMAGE && item.hasPreview()) {
            var image = new Image(downloads.handler(item.id(), EvidenceVariant.THUMBNAIL, true), item.title());
            image.setId("evidence-thumb-" + item.id());
            image.getStyle().setMaxWidth("100%").setMaxHeight("100%").set("object-fit", "contain");
            return image;
        }
        Icon icon = switch (item.kind()) {
            case VIDEO -> VaadinIcon.FILM.create();
            case PDF -> VaadinIcon.FILE_TEXT_O.create();
            case IMAGE -> VaadinIcon.PICTURE.create();
        };
        icon.setId("evidence-icon-" + item.id());
        icon.setSize("48px");
        icon.getStyle().setColor("var(--lumo-secondary-text-color)");
        return icon;
    }
}
