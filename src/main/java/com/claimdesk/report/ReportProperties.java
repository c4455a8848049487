package com.claimdesk.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code claimdesk.reports.*}.
 *
 * @param firstResponseTarget the team's first-response target that "SLA met" measures against, until the
 *                            deadlines feature keeps the targets (see {@link ReportService#firstResponseTarget()})
 */
@ConfigurationProperties("claimdesk.reports")
public record ReportProperties(@DefaultValue("24h") Duration firstResponseTarget) {

    public ReportProperties {
        if (firstResponseTarget.isNegative() || firstResponseTarget.isZero()) {
            throw new IllegalArgumentException("claimdesk.reports.first-response-target must be positive");
        }
    }
}
