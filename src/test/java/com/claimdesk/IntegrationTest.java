package com.claimdesk;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the real application context and the (embedded) MariaDB, with demo users and cases. The context
 * runs on a real server on a random port, like {@link HttpTest}'s, so that every such test of a JVM shares one
 * context: a second context would install its own security context strategy and leave the beans of the first one
 * looking at an empty security context.
 * <p>
 * Time is the {@link TestClock}: a test moves it instead of sleeping, and it follows the system again after each test.
 * After each class the work that follows commits on the task executor is let finish ({@link AsyncWorkDone}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@ExtendWith({TestClock.Reset.class, AsyncWorkDone.class})
public @interface IntegrationTest {
}
