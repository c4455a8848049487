package com.claimdesk.base.task;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * Scheduling is switched on in every configuration, tests included: which jobs run is decided per job by its own
 * setting, never by whether the scheduler exists. With the scheduler Spring Boot adds a second executor bean
 * ({@code taskScheduler} beside {@code applicationTaskExecutor}); a context that lacked it once let a page that
 * asked for "the" executor pass its tests and fail in the app as users start it (issue 12).
 * <p>
 * The job lock of every node: a row per job in the {@code shedlock} table (migration V020), taken with the
 * database's clock so that nodes need not agree on the time. A job holding it runs on one node per interval.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
// listeners of events between modules run after the commit on their own thread (@ApplicationModuleListener)
@org.springframework.scheduling.annotation.EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
