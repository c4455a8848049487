package com.claimdesk.negotiation;

import com.claimdesk.base.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When to take the buyer's offer, and when the buyer has waited too long: pure functions of the bottom line, the
 * open offer and the time, so the case page and the queue judge alike and tests need neither clock nor database.
 */
public final class NegotiationPolicy {

    /**
     * Whether the open offer can be accepted now, with a message key (and its arguments) that says why or why not.
     */
    public record Verdict(boolean acceptable, String reasonKey, List<String> reasonArgs) {

        public Verdict {
            reasonArgs = List.copyOf(reasonArgs);
        }

        static Verdict no(String key, String... args) {
            return new Verdict(false, key, List.of(args));
        }
    }

    private NegotiationPolicy() {
    }

    /**
     * A buyer's or the platform's open offer is acceptable when the bottom line accepts its resolution and its
     * amount, if any, is at most the bottom line's, in the same currency: comparing across currencies needs a rate,
     * and guessing one is how a settlement ends up above the bottom line.
     */
    public static Verdict judge(@Nullable BottomLineSummary bottomLine, @Nullable OfferRound open) {
        if (open == null || !open.isOpen()) {
            return Verdict.no("negotiation.verdict.noOpenOffer");
        }
        if (!open.proposer().isCounterparty()) {
            return Verdict.no("negotiation.verdict.ourOffer");
        }
        if (bottomLine == null) {
            return Verdict.no("negotiation.verdict.noBottomLine");
        }
        if (!bottomLine.acceptable().contains(open.resolution())) {
            return Verdict.no("negotiation.verdict.resolutionNotAcceptable");
        }
        Money amount = open.amount();
        if (amount == null) {
            return open.resolution().needsAmount() ? Verdict.no("negotiation.verdict.noAmount")
                    : new Verdict(true, "negotiation.verdict.acceptable", List.of());
        }
        Money max = bottomLine.maxAmount();
        if (!amount.currency().equals(max.currency())) {
            return Verdict.no("negotiation.verdict.otherCurrency", amount.currencyCode(), max.currencyCode());
        }
        if (amount.compareTo(max) > 0) {
            return Verdict.no("negotiation.verdict.aboveBottomLine", amount.toString(), max.toString());
        }
        return new Verdict(true, "negotiation.verdict.acceptable", List.of());
    }

    /** How long the open offer has waited for an answer, or null if there is none. */
    public static @Nullable Duration waited(@Nullable OfferRound open, Instant now) {
        if (open == null || !open.isOpen()) {
            return null;
        }
        Duration d = Duration.between(open.proposedAt(), now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** A buyer's open offer that has waited for our answer longer than {@code answerWithin}. */
    public static boolean waitingTooLong(@Nullable OfferRound open, Instant now, Duration answerWithin) {
        Duration waited = waited(open, now);
        return open != null && waited != null && open.proposer() == Proposer.BUYER
                && waited.compareTo(answerWithin) > 0;
    }

    /** {@code part} as a percentage of the order value; null without a part, in another currency, or of zero. */
    static BigDecimal share(Money part, Money orderValue) {
        if (part == null || orderValue == null || !part.currency().equals(orderValue.currency())) {
            return null;
        }
        return part.percentOf(orderValue);
    }
}
