package com.claimdesk.complaint;

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
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The editable facts of a case, as the new-case form and the case page bind them. The same constraints run in the
 * form (Vaadin's BeanValidationBinder) and again in {@link ComplaintService} ({@code @Valid}); the aggregate checks
 * its own invariants on top.
 */
public class ComplaintDetails {

    public static final int MAX_TAGS = 10;

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
    private String orderCurrency = "USD";

    @DecimalMin(value = "0.00", message = "{money.notNegative}")
    @Digits(integer = 13, fraction = 2, message = "{money.digits}")
    private BigDecimal shippingCost;

    @DecimalMin(value = "0.00", message = "{money.notNegative}")
    @Digits(integer = 13, fraction = 2, message = "{money.digits}")
    private BigDecimal claimedAmount;

    @Pattern(regexp = "[A-Z]{3}", message = "{money.currency}")
    private String claimedCurrency = "USD";

    @NotBlank(message = "{field.required}")
    @Size(max = 120, message = "{field.tooLong}")
    private String buyerName = "";

    @NotNull(message = "{field.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{buyer.country.invalid}")
    private String buyerCountry;

    @Email(message = "{field.email}")
    @Size(max = 254, message = "{field.tooLong}")
    private String buyerEmail = "";

    @NotNull(message = "{field.required}")
    @Size(max = 16, message = "{field.tooLong}")
    private String buyerLanguage = "en";

    @NotNull(message = "{field.required}")
    private Category category;

    @NotNull(message = "{field.required}")
    private SubReason subReason;

    @NotNull(message = "{field.required}")
    private Priority priority = Priority.NORMAL;

    @Size(max = 64, message = "{field.tooLong}")
    private String carrier = "";

    @Size(max = 64, message = "{field.tooLong}")
    private String trackingNumber = "";

    private LocalDate shippedOn;
    private LocalDate promisedDeliveryOn;
    private LocalDate deliveredOn;

    @Size(max = 120, message = "{field.tooLong}")
    private String signerName = "";

    @Size(max = 4000, message = "{field.tooLong}")
    private String summary = "";

    @Size(max = 1000, message = "{field.tooLong}")
    private String orderItems = "";

    /** The product concerned (SKU or the seller's item code): reports and lessons group by it. */
    @Size(max = 64, message = "{field.tooLong}")
    private String sku = "";

    @Size(max = 500, message = "{field.tooLong}")
    private String deliveryAddress = "";

    private Set<String> tags = new LinkedHashSet<>();

    // ---- cross-field rules, shared by the form and the server ----

    @AssertTrue(message = "{complaint.subReason.mismatch}")
    public boolean isSubReasonOfCategory() {
        return subReason == null || category == null || subReason.category() == category;
    }

    @AssertTrue(message = "{complaint.shipment.deliveredBeforeShipped}")
    public boolean isDeliveredAfterShipped() {
        return deliveredOn == null || shippedOn == null || !deliveredOn.isBefore(shippedOn);
    }

    @AssertTrue(message = "{complaint.shipment.shippedBeforeOrder}")
    public boolean isShippedAfterOrder() {
        return shippedOn == null || orderDate == null || !shippedOn.isBefore(orderDate);
    }

    @AssertTrue(message = "{money.currency}")
    public boolean isCurrenciesKnown() {
        return isKnownCurrency(orderCurrency) && (claimedCurrency == null || isKnownCurrency(claimedCurrency));
    }

    @AssertTrue(message = "{complaint.tags.invalid}")
    public boolean isTagsValid() {
        return tags.size() <= MAX_TAGS && tags.stream().allMatch(t -> !t.isBlank() && t.length() <= 40);
    }

    static boolean isKnownCurrency(String code) {
        if (code == null) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Tags are compared case-insensitively and stored trimmed and lower case. */
    public static String normalizeTag(String tag) {
        return tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
    }

    // ---- bean properties ----

    public Marketplace getMarketplace() { return marketplace; }
    public void setMarketplace(Marketplace marketplace) { this.marketplace = marketplace; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = trim(orderNumber); }
    public LocalDate getOrderDate() { return orderDate; }
    public void setOrderDate(LocalDate orderDate) { this.orderDate = orderDate; }
    public BigDecimal getOrderValue() { return orderValue; }
    public void setOrderValue(BigDecimal orderValue) { this.orderValue = orderValue; }
    public String getOrderCurrency() { return orderCurrency; }
    public void setOrderCurrency(String orderCurrency) { this.orderCurrency = orderCurrency; }
    public BigDecimal getShippingCost() { return shippingCost; }
    public void setShippingCost(BigDecimal shippingCost) { this.shippingCost = shippingCost; }
    public BigDecimal getClaimedAmount() { return claimedAmount; }
    public void setClaimedAmount(BigDecimal claimedAmount) { this.claimedAmount = claimedAmount; }
    public String getClaimedCurrency() { return claimedCurrency; }
    public void setClaimedCurrency(String claimedCurrency) { this.claimedCurrency = claimedCurrency; }
    public String getBuyerName() { return buyerName; }
    public void setBuyerName(String buyerName) { this.buyerName = trim(buyerName); }
    public String getBuyerCountry() { return buyerCountry; }
    public void setBuyerCountry(String buyerCountry) { this.buyerCountry = buyerCountry; }
    public String getBuyerEmail() { return buyerEmail; }
    public void setBuyerEmail(String buyerEmail) { this.buyerEmail = trim(buyerEmail); }
    public String getBuyerLanguage() { return buyerLanguage; }
    public void setBuyerLanguage(String buyerLanguage) { this.buyerLanguage = buyerLanguage; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public SubReason getSubReason() { return subReason; }
    public void setSubReason(SubReason subReason) { this.subReason = subReason; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = trim(carrier); }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trim(trackingNumber); }
    public LocalDate getShippedOn() { return shippedOn; }
    public void setShippedOn(LocalDate shippedOn) { this.shippedOn = shippedOn; }
    public LocalDate getPromisedDeliveryOn() { return promisedDeliveryOn; }
    public void setPromisedDeliveryOn(LocalDate promisedDeliveryOn) { this.promisedDeliveryOn = promisedDeliveryOn; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = trim(signerName); }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary == null ? "" : summary; }
    public String getOrderItems() { return orderItems; }
    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku == null ? "" : sku.strip().toUpperCase(java.util.Locale.ROOT); }
    public void setOrderItems(String orderItems) { this.orderItems = orderItems == null ? "" : orderItems.strip(); }
    public String getDeliveryAddress() { return deliveryAddress; }
    public void setDeliveryAddress(String deliveryAddress) { this.deliveryAddress = deliveryAddress == null ? "" : deliveryAddress.strip(); }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) {
        this.tags = new LinkedHashSet<>();
        if (tags != null) {
            tags.stream().map(ComplaintDetails::normalizeTag).filter(t -> !t.isEmpty()).forEach(this.tags::add);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
