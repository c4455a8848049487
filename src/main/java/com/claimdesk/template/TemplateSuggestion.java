package com.claimdesk.template;

/**
 * A template offered to an agent for one case. {@code fitsCase}: it lists the case's sub-reason or category, or
 * fits every case; {@code fitsLanguage}: it is in the buyer's language.
 */
public record TemplateSuggestion(long id, String name, String language, boolean fitsCase, boolean fitsLanguage,
                                 String body) {
}
