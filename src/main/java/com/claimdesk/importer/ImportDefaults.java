package com.claimdesk.importer;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;

/**
 * Values for the whole file where a column is missing or a cell empty: an AliExpress export names no marketplace,
 * an ERP's order list no currency, a dispute list no sub-reason the team uses.
 */
public record ImportDefaults(Marketplace marketplace, String currency, SubReason subReason) {

    public static final ImportDefaults NONE = new ImportDefaults(null, null, null);
}
