package com.claimdesk.complaint;

/** The usual sub-reasons of each category; a case's sub-reason must belong to its category. */
public enum SubReason {
    // not received
    NO_TRACKING(Category.NOT_RECEIVED),
    IN_TRANSIT_WITHIN_NORMAL_TIME(Category.NOT_RECEIVED),
    IN_TRANSIT_OVERDUE(Category.NOT_RECEIVED),
    CUSTOMS_INSPECTION(Category.NOT_RECEIVED),
    CUSTOMS_PAPERS_REQUIRED(Category.NOT_RECEIVED),
    CUSTOMS_NOT_CLEARED_BY_BUYER(Category.NOT_RECEIVED),
    SIGNED_BY_SOMEONE_ELSE(Category.NOT_RECEIVED),
    RETURNED_TO_SENDER(Category.NOT_RECEIVED),
    // quality
    DAMAGED_IN_TRANSIT(Category.QUALITY),
    DEFECTIVE_ON_ARRIVAL(Category.QUALITY),
    BUYER_DISSATISFIED_NO_FAULT(Category.QUALITY),
    FAILED_WITHIN_WARRANTY(Category.QUALITY),
    // not as described
    SPECIFICATION_DIFFERS(Category.NOT_AS_DESCRIBED),
    APPEARANCE_DIFFERS(Category.NOT_AS_DESCRIBED),
    MATERIAL_OR_QUALITY_GRADE_DIFFERS(Category.NOT_AS_DESCRIBED),
    // wrong item
    WRONG_MODEL(Category.WRONG_ITEM),
    WRONG_VARIANT(Category.WRONG_ITEM),
    ANOTHER_ORDER_SHIPPED(Category.WRONG_ITEM),
    // short shipment
    FEWER_PIECES(Category.SHORT_SHIPMENT),
    PARCEL_OF_MULTI_PARCEL_MISSING(Category.SHORT_SHIPMENT),
    ACCESSORIES_MISSING(Category.SHORT_SHIPMENT),
    // late delivery
    SHIPPED_AFTER_PROMISED_DATE(Category.LATE_DELIVERY),
    DELIVERED_AFTER_PROMISED_DATE(Category.LATE_DELIVERY),
    DELAY_AGREED_DATE_NOT_EXTENDED(Category.LATE_DELIVERY),
    // negative feedback
    FEEDBACK_ON_PRODUCT(Category.NEGATIVE_FEEDBACK),
    FEEDBACK_ON_SERVICE(Category.NEGATIVE_FEEDBACK),
    FEEDBACK_ON_SHIPPING(Category.NEGATIVE_FEEDBACK),
    // cost claims
    CUSTOMS_FEES_CLAIMED(Category.COST_CLAIM),
    FREIGHT_CLAIMED(Category.COST_CLAIM),
    OTHER_COSTS_CLAIMED(Category.COST_CLAIM),
    CHARGEBACK_THREATENED(Category.COST_CLAIM);

    private final Category category;

    SubReason(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
