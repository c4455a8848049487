package com.claimdesk.buyer;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.negotiation.Resolution;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The other cases of a case's buyer, before and after it.
 *
 * @param matchedBy      how the buyer was recognised on them
 * @param otherCases     every other case of the buyer (any time)
 * @param stillOpen      how many of those are still open
 * @param claimsInWindow the buyer's claims within the warning window, the case shown included
 * @param windowDays     that window in days
 * @param manyClaims     whether {@code claimsInWindow} reached the team's threshold for a warning
 * @param costCurrency   the team's base currency, in which the costs are given
 * @param totalCost      what the other cases were settled at, together
 * @param listed         the newest of them, at most the configured number
 */
public record BuyerHistory(Match matchedBy, long otherCases, long stillOpen, long claimsInWindow, long windowDays,
                           boolean manyClaims, String costCurrency, BigDecimal totalCost, List<OtherCase> listed) {

    /** How the other cases were found. */
    public enum Match {
        /** The buyer's account on the marketplace, or their name and country where a case has no account. */
        ACCOUNT_OR_NAME,
        /** The case has no account: the buyer's name and country. */
        NAME_AND_COUNTRY
    }

    /** One other case; {@code cost} and {@code resolution} are null until it was settled. */
    public record OtherCase(String caseNumber, Marketplace marketplace, Category category, SubReason subReason,
                              ComplaintStatus status, Instant openedAt, @Nullable Resolution resolution,
                              @Nullable BigDecimal cost) {
    }
}
