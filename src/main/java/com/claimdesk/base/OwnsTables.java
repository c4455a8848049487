package com.claimdesk.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a module's {@code package-info}: the tables of the schema this module owns. Only the owner reads or writes them;
 * other modules go through its published API or send it an event (docs/decisions/080-modules.md). ModularityTest
 * checks that every table of the migrations has exactly one owner and that no other module names it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    String[] value();
}
