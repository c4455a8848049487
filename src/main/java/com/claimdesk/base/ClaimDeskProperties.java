package com.claimdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings under {@code claimdesk.*}; the README's configuration table documents each one.
 *
 * @param dataDir      where ClaimDesk keeps its files (the embedded database lives in {@code mariadb/} below it)
 * @param demo         demo users and cases; {@code null} means "on with the embedded database, off otherwise"
 *                     ({@link DemoMode#of} applies it, also to decide which beans exist)
 * @param adminPassword one-time password for the first admin outside demo mode; generated when blank
 * @param embeddedDb   the embedded MariaDB used when no database URL is configured
 */
@ConfigurationProperties("claimdesk")
public record ClaimDeskProperties(
        @DefaultValue("./data") Path dataDir,
        Boolean demo,
        String adminPassword,
        @DefaultValue EmbeddedDb embeddedDb) {

    /**
     * @param enabled     start an embedded MariaDB when no URL is configured
     * @param shared      keep one server for the whole JVM instead of stopping it with the context (tests)
     * @param dataDir     overrides {@code <dataDir>/mariadb}
     * @param database    schema name inside the embedded server
     * @param serverArgs  extra mariadbd options, e.g. {@code --innodb-buffer-pool-size=2G} (the scale benchmark)
     */
    public record EmbeddedDb(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("false") boolean shared,
            Path dataDir,
            @DefaultValue("claimdesk") String database,
            java.util.List<String> serverArgs) {

        public EmbeddedDb {
            serverArgs = serverArgs == null ? java.util.List.of() : java.util.List.copyOf(serverArgs);
        }
    }
}
