package com.claimdesk.workspace;

import com.claimdesk.security.Role;
import com.vaadin.flow.component.Component;

/**
 * A part another feature adds below the content of a tab (the refunds under the negotiation, the closing under the
 * settlement). It is built, kept and dropped together with that tab's content.
 */
public interface CaseSection {

    /** The id of the tab this section goes into ({@link CaseTab#id()}). */
    String tab();

    /** Where the section stands among the sections of its tab, lowest first. */
    int order();

    /** The role a user needs to see the section; null when everyone who sees the tab may. */
    default Role requiredRole() {
        return null;
    }

    Component create(CaseContext context);
}
