package com.claimdesk.base.ui;

import com.vaadin.flow.component.html.Span;

/** A coloured pill for an enum value such as a case status or priority; colours live in claimdesk.css. */
public class StatusBadge extends Span {

    public StatusBadge(Enum<?> value) {
        super(Labels.of(value));
        addClassNames("cd-badge", "cd-badge-" + value.name().toLowerCase().replace('_', '-'));
    }
}
