package com.claimdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, spoken to over real HTTP ({@link WebClient}): Tomcat's cookies and
 * session tracking, error dispatches and forwards to the Vaadin servlet, which MockMvc does not run. It is the
 * context of every {@link IntegrationTest}: one per JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
public @interface HttpTest {
}
