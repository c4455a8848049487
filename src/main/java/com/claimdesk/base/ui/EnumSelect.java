package com.claimdesk.base.ui;

import com.vaadin.flow.component.select.Select;

import java.util.Collection;
import java.util.List;

/** A choice among the values of an enum, each named in the viewer's language ({@link Labels#of}). */
public class EnumSelect<E extends Enum<E>> extends Select<E> {

    /** All values of {@code type}, in their declared order. */
    public EnumSelect(Class<E> type) {
        this(List.of(type.getEnumConstants()));
    }

    /** Only {@code values}, in that order. */
    public EnumSelect(Collection<E> values) {
        setItems(values);
        setItemLabelGenerator(Labels::of);
    }

    /** All values of {@code type}, with the translated {@code labelKey} as label. */
    public EnumSelect(String labelKey, Class<E> type) {
        this(type);
        setLabel(getTranslation(labelKey));
    }
}
