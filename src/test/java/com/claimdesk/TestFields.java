package com.claimdesk;

import com.claimdesk.TestFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Karibu 2.6's {@code _setValue} reflects on a Flow method whose signature changed in Vaadin 25; this does what a
 * user can do: set the value of a visible, enabled, editable field.
 */
public final class TestFields {

    private TestFields() {
    }

    public static <V> void set(HasValue<?, V> field, V value) {
        Component c = (Component) field;
        assertThat(c.isVisible()).as("field is visible").isTrue();
        assertThat(c.getElement().isEnabled()).as("field is enabled").isTrue();
        assertThat(field.isReadOnly()).as("field is editable").isFalse();
        field.setValue(value);
    }
}
