package com.claimdesk.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where the security filter sends a signed-in user who typed an address that is not a page they may open
 * (Vaadin 25 answers such requests with a bare HTTP 403). Like Vaadin in production mode, it does not say whether
 * the page exists.
 */
@Route("not-found")
@PermitAll
public class PageNotFoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "not-found";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getQueryParameters().getSingleParameter("path").orElse("");
        NotFoundContent.fill(this, getTranslation("notFound.page", NotFoundContent.withoutLeadingSlash(path)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
