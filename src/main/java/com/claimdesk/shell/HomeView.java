package com.claimdesk.shell;

import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The address a user lands on after signing in ({@code /}): the queue for whoever works cases, the user admin for an
 * admin without a case role, who would otherwise land on a page they may not open.
 */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean worksCases = CurrentUser.get().map(u -> u.hasRole(Role.AGENT)).orElse(false);
        event.forwardTo(worksCases ? "cases" : "admin/users");
    }
}
