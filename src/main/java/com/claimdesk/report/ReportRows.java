package com.claimdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The rows the reports return. Money is in the team's base currency (named by {@link ReportService#baseCurrency()});
 * durations are hours; shares are percentages with one decimal. A figure that cannot be computed (a median of no
 * cases, a share of nothing) is {@code null}, never zero.
 */
public final class ReportRows {

    private ReportRows() {
    }

    /** Cases opened, resolved and closed in a week (starting Monday, in the viewer's zone). */
    public record WeekFlow(LocalDate week, long opened, long resolved, long closed) {
    }

    /** How long open cases have been open. */
    public enum AgeBucket {
        UNDER_1_DAY(0, 1), DAYS_1_TO_3(1, 3), DAYS_3_TO_7(3, 7), DAYS_7_TO_14(7, 14), DAYS_14_TO_30(14, 30),
        OVER_30_DAYS(30, Integer.MAX_VALUE);

        /** Age in days: at least {@code fromDays}, less than {@code toDays}. */
        public final int fromDays;
        public final int toDays;

        AgeBucket(int fromDays, int toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }
    }

    public record AgeCount(AgeBucket bucket, long cases) {
    }

    /**
     * Response times of the cases opened in a week.
     *
     * @param due        cases whose first-response target has come: answered, or unanswered beyond the target
     * @param met        of those, answered within the target
     * @param slaMetPercent met / due; {@code null} when none was due
     */
    public record ResponseWeek(@Nullable LocalDate week, long cases, long due, long met,
                               @Nullable BigDecimal slaMetPercent,
                               @Nullable BigDecimal medianFirstResponseHours, long resolved,
                                       @Nullable BigDecimal medianResolutionHours) {
    }

    /** The weeks and the whole period (its medians are over all cases of the period, not a median of medians). */
    public record ResponseTimes(long targetHours, ResponseWeek total, java.util.List<ResponseWeek> weeks) {
    }

    /** Settlement cost booked in a month (by the day the case was settled). */
    public record MonthCost(LocalDate month, long cases, BigDecimal cost) {
    }

    /** What the cost of complaints is broken down by. */
    public enum CostDimension {
        CATEGORY, ROOT_CAUSE, MARKETPLACE, PRODUCT, CARRIER
    }

    /**
     * Cost for one value of a dimension. {@code label} is the stored value (an enum name for category, root cause
     * and marketplace; the SKU or carrier as entered), {@code null} when the cases have none recorded.
     * {@code others} marks the single row that adds up the values beyond the longest list a chart can show.
     */
    public record CostShare(@Nullable String label, boolean others, long cases, BigDecimal cost,
                            BigDecimal sharePercent) {
    }

    /**
     * Refunds against order value for the cases opened in a month.
     *
     * @param unconverted cases whose order currency had no exchange rate on the order date; their order value is
     *                    left out of {@code orderValue}
     */
    public record RefundShare(LocalDate month, long cases, BigDecimal refunds, BigDecimal orderValue,
                              @Nullable BigDecimal sharePercent, long unconverted) {
    }

    /** Where a case in dispute stands now. */
    public enum DisputeState {
        OPEN, RESOLVED, CLOSED
    }

    /**
     * Cases that were escalated (platform dispute or chargeback) at any time, by where they stand and what was
     * given. {@code resolution} is the settlement's resolution name; {@code null} when nothing was settled.
     */
    public record EscalationOutcome(DisputeState state, String resolution, long cases, BigDecimal cost) {
    }

    /** Offer rounds before a settlement: 0, 1, 2, 3, and 4 for four or more. */
    public record RoundsCost(int rounds, long cases, @Nullable BigDecimal averageCost, BigDecimal totalCost,
                             @Nullable BigDecimal averageDaysToSettle) {
    }

    /**
     * Settled cases whose bottom line was saved with a settlement guidance suggestion, by whether its amount was the
     * suggestion ({@code followed}): how many, their average cost as a share of the order value (%; null when no
     * order value could be converted), offer rounds before the settlement and days to settle.
     */
    public record GuidanceOutcome(boolean followed, long cases, @Nullable BigDecimal averageSharePercent,
                                  @Nullable BigDecimal averageRounds, @Nullable BigDecimal averageDaysToSettle) {
    }

    /** Cases opened in the period, by their current assignee ({@code agentId} {@code null}: unassigned). */
    public record AgentWorkload(@Nullable Long agentId, String agentName, long cases, long open, long resolved,
                                BigDecimal slaMetPercent, BigDecimal medianResolutionHours, BigDecimal cost) {
    }
}
