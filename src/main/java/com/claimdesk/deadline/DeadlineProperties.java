package com.claimdesk.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code claimdesk.deadlines.*}: how often the check job runs, how soon before a deadline a case counts as at risk
 * (queue filter and "deadline near" notification), and whether this node schedules the job at all.
 */
@ConfigurationProperties("claimdesk.deadlines")
public record DeadlineProperties(@DefaultValue("1m") Duration checkEvery, @DefaultValue("24h") Duration atRiskWithin,
                                 @DefaultValue("true") boolean jobEnabled) {
}
