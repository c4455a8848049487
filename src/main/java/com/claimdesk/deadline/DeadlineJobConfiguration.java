package com.claimdesk.deadline;

import com.claimdesk.notification.NotificationMailer;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * The deadline job and its lock. The lock lives in MariaDB ({@code shedlock} table, migration V020) and uses the
 * database's clock, so nodes need not agree on the time. The job is always a bean (tests run it by hand); it is put
 * on a timer only where {@code claimdesk.deadlines.job-enabled} is true (the default; tests turn it off).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class DeadlineJobConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    DeadlineCheckJob deadlineCheckJob(DeadlineSweep sweep, NotificationMailer mailer, Clock clock,
                                      com.claimdesk.base.node.JobRuns jobRuns) {
        return new DeadlineCheckJob(sweep, mailer, clock, jobRuns);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
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
