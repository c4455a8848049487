package com.claimdesk.complaint;

/**
 * A saved view as the menu and the queue show it. {@code editable}: the viewer may rename or delete it (their own
 * view, or a team view for managers and team leads).
 */
public record SavedFilterItem(long id, String name, boolean team, boolean editable, SavedFilterCriteria criteria) {

    /** The view with how many cases it matches, counted up to {@link SavedFilterService#COUNT_CAP}. */
    public record Counted(SavedFilterItem view, int count) {

        /** More cases match than were counted ("1000+"). */
        public boolean capped() {
            return count > SavedFilterService.COUNT_CAP;
        }
    }
}
