package com.claimdesk.order;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.OrderFacts;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.Marketplace;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one order, as an import row or an API call brings them: its key, its facts with the amounts as
 * entered (an amount and a currency code apart), and the {@link Buyer} and {@link Shipment} value objects a case
 * has too. The constraints are the ones a case's order fields carry ({@link com.claimdesk.complaint.ComplaintDetails}),
 * so a known order always makes a valid case (a case also needs the buyer's language: it defaults to English).
 */
public class OrderDetails {

    @NotNull(message = "{field.required}")
    private Marketplace marketplace;

    @NotBlank(message = "{field.required}")
    @Size(max = 64, message = "{field.tooLong}")
    private String orderNumber = "";

    @NotNull(message = "{field.required}")
    @PastOrPresent(message = "{field.notInFuture}")
    private LocalDate orderDate;

    @NotNull(message = "{field.required}")
    @DecimalMin(value = "0.00", message = "{money.notNegative}")
    @Digits(integer = 13, fraction = 2, message = "{money.digits}")
    private BigDecimal orderValue;

    @NotNull(message = "{field.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{money.currency}")
    private String currency = "USD";

    @DecimalMin(value = "0.00", message = "{money.notNegative}")
    @Digits(integer = 13, fraction = 2, message = "{money.digits}")
    private BigDecimal shippingCost;

    @Size(max = 1000, message = "{field.tooLong}")
    private String orderItems;

    @Valid
    @NotNull
    private Buyer buyer = Buyer.NONE;

    @Valid
    @NotNull
    private Shipment shipment = Shipment.NONE;

    @AssertTrue(message = "{complaint.shipment.shippedBeforeOrder}")
    public boolean isShippedAfterOrder() {
        return shipment.isShippedOnOrAfter(orderDate);
    }

    @AssertTrue(message = "{money.currency}")
    public boolean isCurrencyKnown() {
        if (currency == null) {
            return true; // @NotNull says so
        }
        try {
            Currency.getInstance(currency);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A copy, so that an import can overlay a row on the stored order without touching it. */
    public OrderDetails copy() {
        var c = new OrderDetails();
        c.marketplace = marketplace;
        c.orderNumber = orderNumber;
        c.orderDate = orderDate;
        c.orderValue = orderValue;
        c.currency = currency;
        c.shippingCost = shippingCost;
        c.orderItems = orderItems;
        c.buyer = buyer;
        c.shipment = shipment;
        return c;
    }

    /** The order's facts as stored; refused with a translatable message when an amount does not fit its currency. */
    OrderFacts orderFacts() {
        return OrderFacts.of(orderDate, orderValue, currency, shippingCost, orderItems);
    }

    /** Takes stored facts, amounts as a client sends them. */
    void orderFacts(OrderFacts facts) {
        orderDate = facts.orderDate();
        orderValue = facts.orderValue().amount();
        currency = facts.orderValue().currencyCode();
        shippingCost = facts.shippingCost() == null ? null : facts.shippingCost().amount();
        orderItems = facts.orderItems();
    }

    public Marketplace getMarketplace() { return marketplace; }
    public void setMarketplace(Marketplace marketplace) { this.marketplace = marketplace; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber == null ? "" : orderNumber.trim(); }
    public LocalDate getOrderDate() { return orderDate; }
    public void setOrderDate(LocalDate orderDate) { this.orderDate = orderDate; }
    public BigDecimal getOrderValue() { return orderValue; }
    public void setOrderValue(BigDecimal orderValue) { this.orderValue = orderValue; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public BigDecimal getShippingCost() { return shippingCost; }
    public void setShippingCost(BigDecimal shippingCost) { this.shippingCost = shippingCost; }
    public String getOrderItems() { return orderItems; }
    public void setOrderItems(String orderItems) {
        this.orderItems = orderItems == null || orderItems.isBlank() ? null : orderItems.strip();
    }
    public Buyer getBuyer() { return buyer; }
    public void setBuyer(Buyer buyer) { this.buyer = buyer == null ? Buyer.NONE : buyer; }
    public Shipment getShipment() { return shipment; }
    public void setShipment(Shipment shipment) { this.shipment = shipment == null ? Shipment.NONE : shipment; }

    // Read shortcuts for the facts an order is found and listed by; the value objects hold them.
    public @Nullable String getBuyerName() { return buyer.buyerName(); }
    public @Nullable String getBuyerCountry() { return buyer.buyerCountry(); }
    public @Nullable String getTrackingNumber() { return shipment.trackingNumber(); }
}
