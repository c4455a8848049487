package com.claimdesk.base;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How the goods went to the buyer: the same facts, under the same names and columns, on a case and on a known order
 * (and in the API, the import mapping, the forms and the validation messages). Adding one is adding a component
 * here, its column in both tables, its form field, its side-panel row and its import header names. Text is stored
 * stripped, and blank is no value. See docs/decisions/080-modules.md, "Value objects".
 */
@Embeddable
public record Shipment(
        @Size(max = 500, message = "{field.tooLong}")
        @Column(name = "delivery_address", length = 500) @Nullable String deliveryAddress,

        @Size(max = 64, message = "{field.tooLong}")
        @Column(name = "carrier", length = 64) @Nullable String carrier,

        @Size(max = 64, message = "{field.tooLong}")
        @Column(name = "tracking_number", length = 64) @Nullable String trackingNumber,

        @Column(name = "shipped_on") @Nullable LocalDate shippedOn,

        @Column(name = "promised_delivery_on") @Nullable LocalDate promisedDeliveryOn,

        @Column(name = "delivered_on") @Nullable LocalDate deliveredOn,

        @Size(max = 120, message = "{field.tooLong}")
        @Column(name = "signer_name", length = 120) @Nullable String signerName) {

    /** Nothing known yet. */
    public static final Shipment NONE = new Shipment(null, null, null, null, null, null, null);

    public Shipment {
        deliveryAddress = Texts.clean(deliveryAddress);
        carrier = Texts.clean(carrier);
        trackingNumber = Texts.clean(trackingNumber);
        signerName = Texts.clean(signerName);
    }

    // a rule, not a fact: Bean Validation needs it as a getter, JSON must not show it as a field
    @JsonIgnore
    @AssertTrue(message = "{complaint.shipment.deliveredBeforeShipped}")
    public boolean isDeliveredAfterShipped() {
        return deliveredOn == null || shippedOn == null || !deliveredOn.isBefore(shippedOn);
    }

    /** Not shipped before it was ordered (unknown dates pass: the rule is about dates that contradict). */
    public boolean isShippedOnOrAfter(LocalDate orderDate) {
        return shippedOn == null || orderDate == null || !shippedOn.isBefore(orderDate);
    }

    /** The tracking says someone other than the buyer signed: the classic "signed for, but not by me". */
    public boolean signerDiffersFrom(Buyer buyer) {
        return signerName != null && buyer != null && buyer.buyerName() != null
                && !signerName.equalsIgnoreCase(buyer.buyerName());
    }

    /** These facts where {@code top} has none, {@code top}'s where it has them. */
    public Shipment overlaidWith(Shipment top) {
        return ValueObjects.overlay(this, top);
    }

    public Shipment withDeliveryAddress(String address) {
        return new Shipment(address, carrier, trackingNumber, shippedOn, promisedDeliveryOn, deliveredOn, signerName);
    }

    public Shipment withCarrier(String name) {
        return new Shipment(deliveryAddress, name, trackingNumber, shippedOn, promisedDeliveryOn, deliveredOn,
                signerName);
    }

    public Shipment withTrackingNumber(String number) {
        return new Shipment(deliveryAddress, carrier, number, shippedOn, promisedDeliveryOn, deliveredOn, signerName);
    }

    public Shipment withShippedOn(LocalDate day) {
        return new Shipment(deliveryAddress, carrier, trackingNumber, day, promisedDeliveryOn, deliveredOn, signerName);
    }

    public Shipment withPromisedDeliveryOn(LocalDate day) {
        return new Shipment(deliveryAddress, carrier, trackingNumber, shippedOn, day, deliveredOn, signerName);
    }

    public Shipment withDeliveredOn(LocalDate day) {
        return new Shipment(deliveryAddress, carrier, trackingNumber, shippedOn, promisedDeliveryOn, day, signerName);
    }

    public Shipment withSignerName(String name) {
        return new Shipment(deliveryAddress, carrier, trackingNumber, shippedOn, promisedDeliveryOn, deliveredOn, name);
    }
}
