package com.claimdesk.order;

import com.claimdesk.complaint.Marketplace;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * The facts of one order, as an import row or an API call brings them. The constraints are the ones a case's order
 * fields carry ({@link com.claimdesk.complaint.ComplaintDetails}), so a known order always makes a valid case.
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

    @NotBlank(message = "{field.required}")
    @Size(max = 120, message = "{field.tooLong}")
    private String buyerName = "";

    @NotNull(message = "{field.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{buyer.country.invalid}")
    private String buyerCountry;

    @Email(message = "{field.email}")
    @Size(max = 254, message = "{field.tooLong}")
    private String buyerEmail;

    @Size(max = 16, message = "{field.tooLong}")
    private String buyerLanguage;

    @Size(max = 1000, message = "{field.tooLong}")
    private String orderItems;

    @Size(max = 500, message = "{field.tooLong}")
    private String deliveryAddress;

    @Size(max = 64, message = "{field.tooLong}")
    private String carrier;

    @Size(max = 64, message = "{field.tooLong}")
    private String trackingNumber;

    private LocalDate shippedOn;
    private LocalDate promisedDeliveryOn;
    private LocalDate deliveredOn;

    @Size(max = 120, message = "{field.tooLong}")
    private String signerName;

    @AssertTrue(message = "{complaint.shipment.deliveredBeforeShipped}")
    public boolean isDeliveredAfterShipped() {
        return deliveredOn == null || shippedOn == null || !deliveredOn.isBefore(shippedOn);
    }

    @AssertTrue(message = "{complaint.shipment.shippedBeforeOrder}")
    public boolean isShippedAfterOrder() {
        return shippedOn == null || orderDate == null || !shippedOn.isBefore(orderDate);
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
        c.buyerName = buyerName;
        c.buyerCountry = buyerCountry;
        c.buyerEmail = buyerEmail;
        c.buyerLanguage = buyerLanguage;
        c.orderItems = orderItems;
        c.deliveryAddress = deliveryAddress;
        c.carrier = carrier;
        c.trackingNumber = trackingNumber;
        c.shippedOn = shippedOn;
        c.promisedDeliveryOn = promisedDeliveryOn;
        c.deliveredOn = deliveredOn;
        c.signerName = signerName;
        return c;
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
    public String getBuyerName() { return buyerName; }
    public void setBuyerName(String buyerName) { this.buyerName = buyerName == null ? "" : buyerName.trim(); }
    public String getBuyerCountry() { return buyerCountry; }
    public void setBuyerCountry(String buyerCountry) { this.buyerCountry = buyerCountry; }
    public String getBuyerEmail() { return buyerEmail; }
    public void setBuyerEmail(String buyerEmail) { this.buyerEmail = blankToNull(buyerEmail); }
    public String getBuyerLanguage() { return buyerLanguage; }
    public void setBuyerLanguage(String buyerLanguage) { this.buyerLanguage = blankToNull(buyerLanguage); }
    public String getOrderItems() { return orderItems; }
    public void setOrderItems(String orderItems) { this.orderItems = blankToNull(orderItems); }
    public String getDeliveryAddress() { return deliveryAddress; }
    public void setDeliveryAddress(String deliveryAddress) { this.deliveryAddress = blankToNull(deliveryAddress); }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = blankToNull(carrier); }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = blankToNull(trackingNumber); }
    public LocalDate getShippedOn() { return shippedOn; }
    public void setShippedOn(LocalDate shippedOn) { this.shippedOn = shippedOn; }
    public LocalDate getPromisedDeliveryOn() { return promisedDeliveryOn; }
    public void setPromisedDeliveryOn(LocalDate promisedDeliveryOn) { this.promisedDeliveryOn = promisedDeliveryOn; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = blankToNull(signerName); }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Same facts; amounts compare by value, so 12.5 and 12.50 are the same order value. */
    boolean sameAs(OrderDetails o) {
        return marketplace == o.marketplace && Objects.equals(orderNumber, o.orderNumber)
                && Objects.equals(orderDate, o.orderDate) && sameAmount(orderValue, o.orderValue)
                && Objects.equals(currency, o.currency) && sameAmount(shippingCost, o.shippingCost)
                && Objects.equals(buyerName, o.buyerName) && Objects.equals(buyerCountry, o.buyerCountry)
                && Objects.equals(buyerEmail, o.buyerEmail) && Objects.equals(buyerLanguage, o.buyerLanguage)
                && Objects.equals(orderItems, o.orderItems) && Objects.equals(deliveryAddress, o.deliveryAddress)
                && Objects.equals(carrier, o.carrier) && Objects.equals(trackingNumber, o.trackingNumber)
                && Objects.equals(shippedOn, o.shippedOn) && Objects.equals(promisedDeliveryOn, o.promisedDeliveryOn)
                && Objects.equals(deliveredOn, o.deliveredOn) && Objects.equals(signerName, o.signerName);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
