package com.claimdesk.workspace;

import com.claimdesk.security.Role;
import com.vaadin.flow.component.Component;

/**
 * A tab of the case page, contributed by the feature it shows: a Spring bean the page finds by type. Its content is
 * built the first time the tab is opened, not when the page is: most visits only read and answer the thread.
 */
public interface CaseTab {

    /** The tab's element id ({@code tab-thread}); other parts open it by this id ({@link CaseContext#openTab}). */
    String id();

    /** Where the tab stands among the others, lowest first. */
    int order();

    /** The translation key of the tab's title. */
    String titleKey();

    /** The role a user needs to see the tab; null when everyone who may open the case page may. */
    default Role requiredRole() {
        return null;
    }

    /** How long what {@link #create} built is used. */
    default Lifetime lifetime() {
        return Lifetime.CASE;
    }

    /** Builds the tab's content for the case of {@code context}. */
    Component create(CaseContext context);

    /** When the page throws away a tab's content and builds it again. */
    enum Lifetime {
        /**
         * Built once for the case shown; it follows the case's changes itself ({@link CaseContext#onChange}), so
         * that what the user typed into it survives them. Dropped when the page moves to another case.
         */
        CASE,
        /**
         * Built for one version of the case, like a form that sends that version with its changes: when the case
         * changes it is built again at once if the tab is open, otherwise the next time it is opened.
         */
        VERSION,
        /** Built again every time the tab is opened, e.g. a list that should show what is there now. */
        OPENING
    }
}
