package com.claimdesk.base;

import org.springframework.context.annotation.Conditional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean that exists only in demo mode ({@link DemoMode#of}): the demo seeder and the seed writers it alone uses.
 * Outside demo mode they are not in the context at all, so no code path can write made-up data into a real database.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DemoMode.On.class)
public @interface ConditionalOnDemoMode {
}
