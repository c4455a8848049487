package com.claimdesk.template;

import com.claimdesk.base.DomainException;

/**
 * A lead saved a template that a colleague changed after the lead opened it. Carries the template as it is now,
 * so the editor can say who changed it when and let the lead decide, without another round trip.
 */
public class TemplateChangedException extends DomainException {

    private final transient TemplateListItem current;

    TemplateChangedException(TemplateListItem current, long expectedVersion) {
        super("template.error.stale", "Template " + current.id() + " changed meanwhile (version " + current.version()
                + ", editor had " + expectedVersion + ")", current.name());
        this.current = current;
    }

    public TemplateListItem current() {
        return current;
    }
}
