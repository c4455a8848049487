package com.claimdesk.base.ui;

import com.claimdesk.base.Money;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;

import java.util.Collection;

/**
 * An amount and its currency: the one way forms enter money. The two fields stay separate so that a form binds them
 * to its bean's amount and currency and each shows its own validation message; the currencies come from the caller
 * (the team's, from the settings service), never from a list in the code. It has no box of its own: put in a row of
 * fields, the two sit in it like the others and the row wraps as it would without it.
 */
public class MoneyField extends Div {

    public final BigDecimalField amount = new BigDecimalField();
    public final CurrencyField currency;

    public MoneyField(Collection<String> currencies) {
        currency = new CurrencyField(currencies);
        currency.setWidth("7em");
        getStyle().set("display", "contents");
        add(amount, currency);
    }

    /** Ids {@code <prefix>-amount} and {@code <prefix>-currency}, which pages and tests find the fields by. */
    public MoneyField withIds(String prefix) {
        amount.setId(prefix + "-amount");
        currency.setId(prefix + "-currency");
        return this;
    }

    /** Labels from the translation keys; {@code null} leaves a field without one. */
    public MoneyField withLabels(String amountKey, String currencyKey) {
        if (amountKey != null) {
            amount.setLabel(getTranslation(amountKey));
        }
        if (currencyKey != null) {
            currency.setLabel(getTranslation(currencyKey));
        }
        return this;
    }

    /** The amount in its currency, or null while either is missing. */
    public Money getValue() {
        return amount.getValue() == null || currency.getValue() == null ? null
                : Money.of(amount.getValue(), currency.getValue());
    }

    public void setValue(Money money) {
        amount.setValue(money == null ? null : money.amount());
        currency.setValue(money == null ? null : money.currencyCode());
    }
}
