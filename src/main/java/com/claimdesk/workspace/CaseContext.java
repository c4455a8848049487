package com.claimdesk.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

import java.util.function.Consumer;

/**
 * What a part of the case page gets from the page: the case it shows, and ways to tell the page that the case
 * changed, to open another tab, and to speak to the other parts of the same page.
 */
public interface CaseContext {

    long caseId();

    String caseNumber();

    /**
     * The case as its owner loaded it for the page ({@link CaseSource}), as of now; {@code type} is the owner's
     * snapshot type (the complaint module's {@code ComplaintSnapshot}).
     */
    <T> T snapshot(Class<T> type);

    /**
     * Calls {@code listener} after every change of the case the page shows, once {@link #snapshot} returns the new
     * state. Ends with the part: when the page drops the part, its listeners go with it.
     */
    Registration onChange(Runnable listener);

    /**
     * This part changed the case: the page loads it again and every part shows it. Content built for one version
     * ({@link CaseTab.Lifetime#VERSION}) is built again, this part's too.
     */
    void caseChanged();

    /** Like {@link #caseChanged()}, but the tab of this part keeps its content (it has shown the change itself). */
    void caseChangedKeepingThis();

    /**
     * Something this part did may have changed the case (marking a deadline met can move the case's promised date):
     * the page loads it again and shows it only if its version moved.
     */
    void caseMayHaveChanged();

    /** Opens the tab with the id {@code tabId}, building its content if need be. */
    void openTab(String tabId);

    /** Tells the parts of this page that subscribed to the event's type (an accepted offer, ...). */
    void publish(Object event);

    /** Hears what other parts of this page publish; ends with the part, like {@link #onChange}. */
    <E> Registration subscribe(Class<E> type, Consumer<? super E> listener);

    /**
     * Who else has this case open, kept current by the page. A header panel may place it (next to the assignee);
     * otherwise the page shows it at the end of the header.
     */
    Component presence();
}
