package com.claimdesk.shell;

import com.claimdesk.base.NotFoundException;
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
        var e = parameter.getException();
        NotFoundContent.fill(this, getTranslation(e.messageKey(), e.arguments()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
