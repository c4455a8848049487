package com.claimdesk.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a module's {@code package-info}, next to {@link OwnsTables}: the read-only database views this module publishes
 * for the aggregate reports. A view is part of the module's published interface, like a public method: its name,
 * columns and meaning stay as documented (in the migration that creates it and in the package-info) while the owner
 * changes its tables behind it. Each view selects from tables of its publisher only, and other modules name the view,
 * never the tables (docs/decisions/080-modules.md, rule 4). ModulesTest checks all of this against the migrations.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface PublishesViews {

    String[] value();
}
