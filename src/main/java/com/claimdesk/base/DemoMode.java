package com.claimdesk.base;

import com.claimdesk.base.db.EmbeddedDatabaseCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether demo users and cases are created: {@code claimdesk.demo} when set, otherwise on exactly when the
 * embedded database runs (a real database must not fill up with made-up cases by accident). {@link #of} is the one
 * rule: the {@code DemoMode} bean and {@link ConditionalOnDemoMode}, which keeps the demo beans out of a context
 * that is not in demo mode, both apply it.
 */
public record DemoMode(boolean enabled) {

    public static DemoMode of(Environment environment) {
        // bound like ClaimDeskProperties.demo, so CLAIMDESK_DEMO=true and claimdesk.demo=on count as well
        Boolean explicit = Binder.get(environment).bind("claimdesk.demo", Boolean.class).orElse(null);
        return new DemoMode(explicit != null ? explicit : EmbeddedDatabaseCondition.isEmbedded(environment));
    }

    /** Matches in demo mode; see {@link ConditionalOnDemoMode}. */
    public static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context.getEnvironment()).enabled();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DemoModeConfiguration {
        @Bean
        DemoMode demoMode(Environment environment) {
            return of(environment);
        }
    }
}
