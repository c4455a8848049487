package com.claimdesk.complaint;

import java.util.Arrays;
import java.util.List;

/** What went wrong, as the team sorts complaints (see DOMAIN.md, "What goes wrong"). */
public enum Category {
    NOT_RECEIVED, QUALITY, NOT_AS_DESCRIBED, WRONG_ITEM, SHORT_SHIPMENT, LATE_DELIVERY, NEGATIVE_FEEDBACK, COST_CLAIM;

    public List<SubReason> subReasons() {
        return Arrays.stream(SubReason.values()).filter(s -> s.category() == this).toList();
    }
}
