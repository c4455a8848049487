package com.claimdesk.deadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Clock;
import java.time.Duration;

/**
 * The deadline job; its lock is the shared job lock ({@code com.claimdesk.base.task}). The job is always a bean
 * (tests run it by hand); it is put on a timer only where {@code claimdesk.deadlines.job-enabled} is true (the
 * default; tests turn it off).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineJobConfiguration {

    @Bean
    DeadlineCheckJob deadlineCheckJob(DeadlineSweep sweep, Clock clock,
                                      com.claimdesk.base.node.JobRuns jobRuns) {
        return new DeadlineCheckJob(sweep, clock, jobRuns);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "claimdesk.deadlines.job-enabled", havingValue = "true", matchIfMissing = true)
    static class Timer implements SchedulingConfigurer {

        private final DeadlineCheckJob job;
        private final Duration every;
        private final Duration initialDelay;

        Timer(DeadlineCheckJob job, DeadlineProperties properties,
              @Value("${claimdesk.deadlines.initial-delay:30s}") Duration initialDelay) {
            this.job = job;
            this.every = properties.checkEvery();
            this.initialDelay = initialDelay;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            // the bean is the lock's proxy: each tick goes through @SchedulerLock
            registrar.addFixedRateTask(new FixedRateTask(job::check, every, initialDelay));
        }
    }
}
