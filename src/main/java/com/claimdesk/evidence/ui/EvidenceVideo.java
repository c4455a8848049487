package com.claimdesk.evidence.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.streams.DownloadHandler;

/** A plain {@code <video controls>}: the browser plays MP4 itself, so no player component is needed. */
@Tag("video")
class EvidenceVideo extends HtmlComponent {

    EvidenceVideo(DownloadHandler source) {
        getElement().setAttribute("controls", true);
        getElement().setAttribute("preload", "metadata");
        getElement().setAttribute("src", source);
    }
}
