package com.claimdesk.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when no database URL is configured (neither {@code CLAIMDESK_DB_URL} nor {@code spring.datasource.url})
 * and the embedded server is not switched off.
 */
public class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment());
    }

    public static boolean isEmbedded(org.springframework.core.env.Environment env) {
        boolean enabled = env.getProperty("claimdesk.embedded-db.enabled", Boolean.class, true);
        return enabled && !StringUtils.hasText(env.getProperty("spring.datasource.url"));
    }
}
