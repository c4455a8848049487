package com.claimdesk.base.db;

import com.claimdesk.base.ClaimDeskProperties;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/** Starts the embedded MariaDB and points the application's data source at it when no database is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    /** Destroyed after the data source that depends on it, so the pool closes before the server stops. */
    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(ClaimDeskProperties properties) {
        var embedded = properties.embeddedDb();
        Path dir = embedded.dataDir() != null ? embedded.dataDir() : properties.dataDir().resolve("mariadb");
        return EmbeddedMariaDb.obtain(dir, embedded.database(), embedded.shared(), embedded.serverArgs());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, ClaimDeskProperties properties) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl(properties.embeddedDb().database()));
        ds.setUsername(db.username());
        ds.setPassword(db.password());
        ds.setPoolName("claimdesk-embedded");
        ds.setMaximumPoolSize(20);
        return ds;
    }
}
