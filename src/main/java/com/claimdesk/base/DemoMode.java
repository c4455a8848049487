package com.claimdesk.base;

import com.claimdesk.base.db.EmbeddedDatabaseCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Whether demo users and cases are created: {@code claimdesk.demo} when set, otherwise on exactly when the
 * embedded database runs (a real database must not fill up with made-up cases by accident).
 */
public record DemoMode(boolean enabled) {

    @Configuration(proxyBeanMethods = false)
    static class DemoModeConfiguration {
        @Bean
        DemoMode demoMode(ClaimDeskProperties properties, Environment environment) {
            Boolean explicit = properties.demo();
            return new DemoMode(explicit != null ? explicit : EmbeddedDatabaseCondition.isEmbedded(environment));
        }
    }
}
