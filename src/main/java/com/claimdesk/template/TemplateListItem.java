package com.claimdesk.template;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.SubReason;

import java.time.Instant;
import java.util.Set;

/**
 * A template as the lead's list and editor show it. {@code version} goes back with an update so that a stale
 * editor cannot overwrite a colleague's change; {@code updatedByName} is empty for the starter set.
 */
public record TemplateListItem(long id, String name, String language, Set<Category> categories,
                               Set<SubReason> subReasons, String body, Instant updatedAt, String updatedByName,
                               long version) {

    public TemplateListItem {
        categories = Set.copyOf(categories);
        subReasons = Set.copyOf(subReasons);
    }

    public boolean fitsAllCases() {
        return categories.isEmpty() && subReasons.isEmpty();
    }

    /** A fresh form bean holding this template, for the editor. */
    public TemplateDetails toDetails() {
        return new TemplateDetails(name, language, categories, subReasons, body);
    }
}
