package com.claimdesk.shell;

import com.claimdesk.base.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A case number (or user) that does not exist: say so plainly and offer the way back to the queue. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("cd-error-page");
        var e = parameter.getException();
        var message = new Paragraph(getTranslation(e.messageKey(), e.arguments()));
        message.setId("not-found-message");
        add(new H2(getTranslation("notFound.title")), message,
                new Anchor("cases", getTranslation("notFound.backToQueue")));
        setId("not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
