package com.claimdesk.negotiation;

import com.claimdesk.base.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The bottom line as the case page shows it.
 *
 * @param shareOfOrder       the maximum as a percentage of the order value, or null when it cannot be said
 * @param suggested          the settlement guidance's suggestion shown when it was saved; null when none was shown
 * @param followedSuggestion whether the amount saved was that suggestion; null when none was shown
 */
public record BottomLineSummary(Money maxAmount, @Nullable BigDecimal shareOfOrder, Set<Resolution> acceptable,
                                @Nullable Instant setAt, @Nullable String setBy, @Nullable Money suggested,
                                @Nullable Boolean followedSuggestion) {

    public BottomLineSummary {
        acceptable = Set.copyOf(acceptable);
    }

    public BottomLineSummary(Money maxAmount, @Nullable BigDecimal shareOfOrder, Set<Resolution> acceptable,
                             @Nullable Instant setAt, @Nullable String setBy) {
        this(maxAmount, shareOfOrder, acceptable, setAt, setBy, null, null);
    }

    /** Whether {@code amount} gives more than the bottom line; an amount in another currency cannot be compared here. */
    public boolean exceededBy(@Nullable Money amount) {
        return amount != null && amount.currencyCode().equals(maxAmount.currencyCode())
                && amount.amount().compareTo(maxAmount.amount()) > 0;
    }
}
