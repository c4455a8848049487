package com.claimdesk.importer;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import org.jspecify.annotations.Nullable;

/**
 * Values for the whole file where a column is missing or a cell empty: an AliExpress export names no marketplace,
 * an ERP's order list no currency, a dispute list no sub-reason the team uses.
 */
public record ImportDefaults(@Nullable Marketplace marketplace, @Nullable String currency,
                             @Nullable SubReason subReason) {

    public static final ImportDefaults NONE = new ImportDefaults(null, null, null);
}
