package com.claimdesk.negotiation;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The worst settlement the seller accepts on one case. Changed in place; the audit trail keeps every version. */
@Entity
@Table(name = "negotiation_bottom_line")
class BottomLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "max_amount", nullable = false, precision = 19, scale = 4)),
            @AttributeOverride(name = "currency", column = @Column(name = "max_currency", nullable = false, length = 3))})
    private Money maxAmount;

    @Column(name = "acceptable_resolutions", nullable = false, length = 500)
    private String acceptableResolutions;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by_id")
    private Long setById;

    @Column(name = "set_by_name", nullable = false, length = 120)
    private String setByName;

    @Column(name = "suggested_amount", precision = 19, scale = 4)
    private BigDecimal suggestedAmount;

    @Column(name = "suggested_share", precision = 9, scale = 2)
    private BigDecimal suggestedShare;

    @Column(name = "followed_suggestion")
    private Boolean followedSuggestion;

    @Version
    private long version;

    protected BottomLine() {
    }

    BottomLine(long complaintId, Money maxAmount, Collection<Resolution> acceptable, Instant at, Long byId,
               String byName) {
        this.complaintId = complaintId;
        change(maxAmount, acceptable, at, byId, byName);
    }

    final void change(Money newMax, Collection<Resolution> acceptable, Instant at, Long byId, String byName) {
        if (newMax.isNegative()) {
            throw new DomainException("negotiation.error.negative", "Negative bottom line");
        }
        if (acceptable == null || acceptable.isEmpty()) {
            throw new DomainException("negotiation.error.noResolution", "A bottom line needs an acceptable resolution");
        }
        this.maxAmount = newMax;
        this.acceptableResolutions = EnumSet.copyOf(acceptable).stream().map(Enum::name)
                .collect(Collectors.joining(","));
        this.setAt = at;
        this.setById = byId;
        this.setByName = byName;
    }

    /**
     * Records the settlement guidance's suggestion this bottom line was saved with (in its currency) and whether its
     * amount is that suggestion; {@code null} when no suggestion was shown, which clears an earlier one.
     */
    void suggestion(@Nullable Money suggested, @Nullable BigDecimal share) {
        if (suggested == null) {
            this.suggestedAmount = null;
            this.suggestedShare = null;
            this.followedSuggestion = null;
            return;
        }
        if (!suggested.currencyCode().equals(maxAmount.currencyCode()) || suggested.isNegative()) {
            throw new DomainException("negotiation.error.suggestion", "Suggestion " + suggested + " for " + maxAmount);
        }
        this.suggestedAmount = suggested.amount();
        this.suggestedShare = share;
        this.followedSuggestion = suggested.amount().compareTo(maxAmount.amount()) == 0;
    }

    Set<Resolution> acceptable() {
        return Arrays.stream(acceptableResolutions.split(",")).map(Resolution::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Resolution.class)));
    }

    Money maxAmount() {
        return maxAmount;
    }

    BottomLineSummary toView(Money orderValue) {
        return new BottomLineSummary(maxAmount, NegotiationPolicy.share(maxAmount, orderValue), acceptable(), setAt,
                setByName, suggestedAmount == null ? null : Money.of(suggestedAmount, maxAmount.currencyCode()),
                followedSuggestion);
    }

    /** How the audit trail shows this bottom line: amount and resolutions, in names that do not change. */
    String describe() {
        return maxAmount + " · " + acceptableResolutions.replace(",", ", ") + (suggestedAmount == null ? ""
                : " · suggested " + Money.of(suggestedAmount, maxAmount.currencyCode()));
    }
}
