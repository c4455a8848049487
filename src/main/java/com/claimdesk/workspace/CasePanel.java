package com.claimdesk.workspace;

import com.claimdesk.security.Role;
import com.vaadin.flow.component.Component;

/**
 * A part of the case page that is always in view: in the header or in the column beside the tabs. Built when the
 * page shows a case and kept for it; it follows the case's changes itself ({@link CaseContext#onChange}).
 */
public interface CasePanel {

    Slot slot();

    /** Where the panel stands in its slot, lowest first. */
    int order();

    /** The role a user needs to see the panel; null when everyone who may open the case page may. */
    default Role requiredRole() {
        return null;
    }

    Component create(CaseContext context);

    /** Where on the page a panel goes. */
    enum Slot {
        /** On the line of short facts under the case's title (status, priority, age, ...). */
        FACTS,
        /** A row of the header, below the facts (deadlines, the next steps, the assignee). */
        HEADER,
        /** The column beside the tabs (order, shipment and buyer at a glance). */
        SIDE
    }

    /**
     * A container for several items of one panel that should sit in the slot as if each were placed on its own (a
     * group of facts on the facts line, several cards in the side column): it has no box of its own.
     */
    static com.vaadin.flow.component.html.Div group(Component... items) {
        var group = new com.vaadin.flow.component.html.Div(items);
        group.getStyle().set("display", "contents");
        return group;
    }
}
