package com.claimdesk.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An ISO currency code chosen from those offered: in forms about money, the team's currencies (its base currency and
 * those it keeps a rate for, from the settings service), so that an amount can always be converted. A value outside
 * them, such as an order imported in another currency, is still shown and kept rather than silently dropped.
 */
public class CurrencyField extends ComboBox<String> {

    private final List<String> offered;

    public CurrencyField(Collection<String> currencies) {
        this.offered = List.copyOf(currencies);
        setItems(offered);
        setAllowCustomValue(false);
    }

    @Override
    public void setValue(String value) {
        if (value != null && !offered.contains(value)) {
            var withValue = new ArrayList<>(offered);
            withValue.add(value);
            setItems(withValue);
        }
        super.setValue(value);
    }

    /** The currencies this field offers, in order. */
    public List<String> offered() {
        return offered;
    }
}
