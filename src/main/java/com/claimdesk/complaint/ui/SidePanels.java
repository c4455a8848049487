package com.claimdesk.complaint.ui;

import com.claimdesk.base.Money;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.math.BigDecimal;
import java.util.Currency;

/** The facts an agent glances at while answering: order, shipment, buyer. Read-only; edited in Details. */
class SidePanels extends VerticalLayout {

    SidePanels() {
        // the cards sit in the case page's side column, spaced by it, as if each were placed on its own
        getStyle().set("display", "contents");
    }

    void show(ComplaintSnapshot s) {
        removeAll();
        ComplaintDetails d = s.details();
        add(panel("panel.order",
                row("complaint.marketplace", Labels.of(d.getMarketplace())),
                row("complaint.orderNumber", d.getOrderNumber()),
                row("complaint.orderDate", Formats.date(d.getOrderDate())),
                row("complaint.orderValue", money(d.getOrderValue(), d.getOrderCurrency())),
                row("complaint.shippingCost", money(d.getShippingCost(), d.getOrderCurrency())),
                row("complaint.claimedAmount", money(d.getClaimedAmount(), d.getClaimedCurrency())),
                row("complaint.sku", d.getSku()),
                row("complaint.orderItems", d.getOrderItems())));

        var shipment = panel("panel.shipment",
                row("complaint.carrier", d.getShipment().carrier()),
                row("complaint.trackingNumber", d.getShipment().trackingNumber()),
                row("complaint.shippedOn", Formats.date(d.getShipment().shippedOn())),
                row("complaint.promisedDeliveryOn", Formats.date(d.getShipment().promisedDeliveryOn())),
                row("complaint.deliveredOn", Formats.date(d.getShipment().deliveredOn())),
                row("complaint.signerName", d.getShipment().signerName()),
                row("complaint.deliveryAddress", d.getShipment().deliveryAddress()));
        if (s.signerDiffersFromBuyer()) {
            var warning = new Div();
            warning.setId("signer-warning");
            warning.addClassName("cd-warning");
            warning.setText(getTranslation("case.signerDiffers", d.getShipment().signerName(), d.getBuyerName()));
            shipment.add(warning);
        }
        add(shipment);

        add(panel("panel.buyer",
                row("complaint.buyerName", d.getBuyerName()),
                row("complaint.buyerCountry", Labels.country(d.getBuyerCountry())),
                row("complaint.buyerLanguage", Labels.language(d.getBuyer().buyerLanguage())),
                row("complaint.buyerAccount", d.getBuyer().buyerAccount()),
                row("complaint.buyerEmail", d.getBuyer().buyerEmail())));
    }

    private VerticalLayout panel(String titleKey, Component... rows) {
        var panel = new VerticalLayout();
        panel.setPadding(false);
        panel.setSpacing(false);
        panel.addClassName("cd-side-panel");
        panel.add(new H4(getTranslation(titleKey)));
        for (Component r : rows) {
            if (r != null) {
                panel.add(r);
            }
        }
        return panel;
    }

    private Div row(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var label = new Span(getTranslation(labelKey));
        label.addClassName("cd-fact-label");
        var text = new Span(value);
        text.addClassName("cd-fact-value");
        var row = new Div(label, text);
        row.addClassName("cd-fact");
        return row;
    }

    private static String money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return null;
        }
        return Formats.money(new Money(amount, Currency.getInstance(currency)));
    }
}
