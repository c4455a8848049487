package com.claimdesk.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Settings under {@code claimdesk.reports.*}.
 *
 * @param firstResponseTarget the team's first-response target that "SLA met" measures against, until the
 *                            deadlines feature keeps the targets (see {@link ReportService#firstResponseTarget()})
 * @param summaryOffset       the UTC offset whose calendar days the daily summaries count in; reports viewed in a zone
 *                            with this offset over their whole period read the summaries, others the cases
 *                            (docs/decisions/150-report-summaries.md). Changing it rebuilds them at the next start.
 */
@ConfigurationProperties("claimdesk.reports")
public record ReportProperties(@DefaultValue("24h") Duration firstResponseTarget,
                               @DefaultValue("+08:00") ZoneOffset summaryOffset) {

    public ReportProperties {
        if (firstResponseTarget.isNegative() || firstResponseTarget.isZero()) {
            throw new IllegalArgumentException("claimdesk.reports.first-response-target must be positive");
        }
    }
}
