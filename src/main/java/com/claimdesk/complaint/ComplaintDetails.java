package com.claimdesk.complaint;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.OrderFacts;
import com.claimdesk.base.Shipment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The editable facts of a case, as the new-case form and the case page bind them: the order's key and its facts
 * (amounts as entered, an amount and a currency code apart), the {@link Buyer} and the {@link Shipment} as value
 * objects shared with known orders, and what only a case has. The same constraints run in the form (Vaadin's
 * BeanValidationBinder, a binder per value object) and again in {@link ComplaintService} ({@code @Valid}); the
 * aggregate checks its own invariants on top.
 */
public class ComplaintDetails {

    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 40;

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

    @Size(max = 1000, message = "{field.tooLong}")
    private String orderItems = "";

    @DecimalMin(value = "0.00", message = "{money.notNegative}")
    @Digits(integer = 13, fraction = 2, message = "{money.digits}")
    private BigDecimal claimedAmount;

    @Pattern(regexp = "[A-Z]{3}", message = "{money.currency}")
    private String claimedCurrency = "USD";

    @Valid
    @NotNull
    @ConvertGroup(from = Default.class, to = Buyer.OnACase.class)
    private Buyer buyer = new Buyer(null, null, null, "en");

    @Valid
    @NotNull
    private Shipment shipment = Shipment.NONE;

    @NotNull(message = "{field.required}")
    private Category category;

    @NotNull(message = "{field.required}")
    private SubReason subReason;

    @NotNull(message = "{field.required}")
    private Priority priority = Priority.NORMAL;

    @Size(max = 4000, message = "{field.tooLong}")
    private String summary = "";

    /** The product concerned (SKU or the seller's item code): reports and lessons group by it. */
    @Size(max = 64, message = "{field.tooLong}")
    private String sku = "";

    private Set<String> tags = new LinkedHashSet<>();

    // ---- cross-field rules, shared by the form and the server (the shipment's own are on Shipment) ----

    @AssertTrue(message = "{complaint.subReason.mismatch}")
    public boolean isSubReasonOfCategory() {
        return subReason == null || category == null || subReason.category() == category;
    }

    @AssertTrue(message = "{complaint.shipment.shippedBeforeOrder}")
    public boolean isShippedAfterOrder() {
        return shipment == null || shipment.isShippedOnOrAfter(orderDate);
    }

    @AssertTrue(message = "{money.currency}")
    public boolean isCurrenciesKnown() {
        return isKnownCurrency(orderCurrency) && (claimedCurrency == null || isKnownCurrency(claimedCurrency));
    }

    @AssertTrue(message = "{complaint.tags.invalid}")
    public boolean isTagsValid() {
        return tags.size() <= MAX_TAGS && tags.stream().allMatch(t -> !t.isBlank() && t.length() <= MAX_TAG_LENGTH);
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

    /** The order's facts as stored; refused with a translatable message when an amount does not fit its currency. */
    OrderFacts orderFacts() {
        return OrderFacts.of(orderDate, orderValue, orderCurrency, shippingCost, orderItems);
    }

    /** Takes a stored order's facts, amounts as the form shows them. */
    public void orderFacts(OrderFacts facts) {
        orderDate = facts.orderDate();
        orderValue = facts.orderValue().amount();
        orderCurrency = facts.orderValue().currencyCode();
        shippingCost = facts.shippingCost() == null ? null : facts.shippingCost().amount();
        setOrderItems(facts.orderItems());
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
    public String getOrderItems() { return orderItems; }
    public void setOrderItems(String orderItems) { this.orderItems = orderItems == null ? "" : orderItems.strip(); }
    public BigDecimal getClaimedAmount() { return claimedAmount; }
    public void setClaimedAmount(BigDecimal claimedAmount) { this.claimedAmount = claimedAmount; }
    public String getClaimedCurrency() { return claimedCurrency; }
    public void setClaimedCurrency(String claimedCurrency) { this.claimedCurrency = claimedCurrency; }
    public Buyer getBuyer() { return buyer; }
    public void setBuyer(Buyer buyer) { this.buyer = buyer == null ? Buyer.NONE : buyer; }
    public Shipment getShipment() { return shipment; }
    public void setShipment(Shipment shipment) { this.shipment = shipment == null ? Shipment.NONE : shipment; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public SubReason getSubReason() { return subReason; }
    public void setSubReason(SubReason subReason) { this.subReason = subReason; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary == null ? "" : summary; }
    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku == null ? "" : sku.strip().toUpperCase(java.util.Locale.ROOT); }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) {
        this.tags = new LinkedHashSet<>();
        if (tags != null) {
            tags.stream().map(ComplaintDetails::normalizeTag).filter(t -> !t.isEmpty()).forEach(this.tags::add);
        }
    }

    // Read shortcuts for the facts the queue lists and searches by; the value objects hold them. Only getters: the
    // form binds the buyer's and the shipment's fields to their own records.
    public @Nullable String getBuyerName() { return buyer.buyerName(); }
    public @Nullable String getBuyerCountry() { return buyer.buyerCountry(); }
    public @Nullable String getTrackingNumber() { return shipment.trackingNumber(); }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
