package com.claimdesk.shell;

import com.claimdesk.base.ErrorReference;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Anything unexpected while opening a page: an apology and a reference that is also in the log. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String ref = ErrorReference.log(parameter.getCaughtException(),
                "Error while opening " + event.getLocation().getPathWithQueryParameters());
        removeAll();
        addClassName("cd-error-page");
        setId("error-view");
        var reference = new Span(ref);
        reference.setId("error-reference");
        reference.addClassName("cd-error-reference");
        add(new H2(getTranslation("errorView.title")),
                new Paragraph(getTranslation("errorView.text")),
                new Paragraph(new Span(getTranslation("errorView.reference") + " "), reference),
                new Anchor("cases", getTranslation("notFound.backToQueue")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
