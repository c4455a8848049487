package com.claimdesk.mailin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Polls the mailbox every {@code claimdesk.mail-in.poll-interval}, only when email in is enabled. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "claimdesk.mail-in", name = "enabled", havingValue = "true")
class MailInScheduling implements SchedulingConfigurer {

    private final MailInPoller poller;
    private final MailInProperties properties;

    MailInScheduling(MailInPoller poller, MailInProperties properties) {
        this.poller = poller;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(poller::pollOnce, properties.pollInterval());
    }
}
