package com.claimdesk.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The one "not found" page body, whichever way the user got there. */
final class NotFoundContent {

    private NotFoundContent() {
    }

    static void fill(VerticalLayout page, String message) {
        page.removeAll();
        page.addClassName("cd-error-page");
        page.setId("not-found");
        var text = new Paragraph(message);
        text.setId("not-found-message");
        page.add(new H2(page.getTranslation("notFound.title")), text,
                new Anchor("cases", page.getTranslation("notFound.backToQueue")));
    }

    static String withoutLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
