package com.claimdesk.mailin;

import com.claimdesk.base.node.JobRuns;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Clock;

/**
 * Every {@code claimdesk.mail-in.poll-interval} this node takes its turn at the mailbox, only when email in is enabled;
 * the job lock lets one node poll per interval ({@link MailInJob}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "claimdesk.mail-in", name = "enabled", havingValue = "true")
class MailInScheduling implements SchedulingConfigurer {

    private final MailInJob job;
    private final MailInProperties properties;

    MailInScheduling(MailInPoller poller, LockProvider locks, JobRuns jobRuns, MailInProperties properties,
                     Clock clock) {
        this.job = new MailInJob(poller, locks, jobRuns, properties, clock);
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(job::turn, properties.pollInterval());
    }
}
