package com.claimdesk.report;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Marketplace;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What a report covers. The period is a range of calendar days in the viewer's time zone, both ends included; weeks
 * and months are cut in that zone too (see {@link #offsetSeconds()}). The other criteria are optional: {@code null}
 * (or a blank SKU) means any.
 *
 * @param agentId the case's current assignee
 * @param sku     the product, matched exactly
 */
public record ReportFilter(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull ZoneId zone,
                           @Nullable Marketplace marketplace, @Nullable Category category, @Nullable Long agentId,
                           @Size(max = 64) @Nullable String sku) {

    /** The longest period a report covers: ten years of weeks is already more than a chart can show. */
    public static final long MAX_DAYS = 3660;

    public ReportFilter {
        sku = sku == null || sku.isBlank() ? null : sku.strip();
    }

    /** The last {@code days} days up to today, in {@code zone}. */
    public static ReportFilter lastDays(int days, LocalDate today, ZoneId zone) {
        return new ReportFilter(today.minusDays(days - 1L), today, zone, null, null, null, null);
    }

    @AssertTrue(message = "{report.error.period}")
    public boolean isPeriodValid() {
        return from == null || to == null || (!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < MAX_DAYS);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The zone's UTC offset at the start of the period, which the database adds to stored UTC times to cut days,
     * weeks and months. Exact for zones without daylight saving time (China); in zones with it, a case within an
     * hour of midnight on the far side of a clock change can land in the neighbouring day. The period's bounds are
     * always exact ({@link #start()}, {@link #end()}).
     */
    public int offsetSeconds() {
        return zone.getRules().getOffset(start()).getTotalSeconds();
    }

    public ReportFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ReportFilter(newFrom, newTo, zone, marketplace, category, agentId, sku);
    }
}
