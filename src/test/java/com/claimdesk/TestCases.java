package com.claimdesk;

import com.claimdesk.base.Buyer;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Valid case details for tests that need a case; each call gets an order number of its own. */
public final class TestCases {

    private TestCases() {
    }

    public static ComplaintDetails details(String buyerName, String country, String language, String orderValue,
                                           String currency, SubReason subReason) {
        var d = new ComplaintDetails();
        d.setMarketplace(Marketplace.ALIEXPRESS);
        d.setOrderNumber("T-" + UUID.randomUUID().toString().substring(0, 12));
        d.setOrderDate(LocalDate.now().minusDays(20));
        d.setOrderValue(new BigDecimal(orderValue));
        d.setOrderCurrency(currency);
        d.setBuyer(new Buyer(buyerName, country, null, language));
        d.setCategory(subReason.category());
        d.setSubReason(subReason);
        d.setPriority(Priority.NORMAL);
        return d;
    }
}
