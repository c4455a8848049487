package com.claimdesk.deadline;

import com.claimdesk.notification.NotificationMailer;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The deadline job and its lock. The lock lives in MariaDB ({@code shedlock} table, migration V020), with the
 * database's clock, so nodes need not agree on the time. {@code claimdesk.deadlines.job-enabled=false} turns the
 * job off on a node (tests do, and run the sweep themselves with a fixed clock).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
@ConditionalOnProperty(name = "claimdesk.deadlines.job-enabled", havingValue = "true", matchIfMissing = true)
class DeadlineSchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    DeadlineCheckJob deadlineCheckJob(DeadlineSweep sweep, NotificationMailer mailer, Clock clock) {
        return new DeadlineCheckJob(sweep, mailer, clock);
    }
}
