package com.claimdesk.api;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.base.ValueObjects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashSet;

/** Corrections to the OpenAPI description that the annotations of shared types cannot say. */
@Configuration
class ApiSchemas {

    /**
     * A new case needs only the fields its own schema marks (the known order fills the rest): the rules of the
     * buyer's and the shipment's value objects, which the input embeds, apply to the filled-in case, not to it.
     */
    @Bean
    OpenApiCustomizer caseInputNeedsOnlyItsOwnFields() {
        return api -> {
            var schema = api.getComponents() == null ? null : api.getComponents().getSchemas().get("CaseInput");
            if (schema != null && schema.getRequired() != null) {
                var shared = new HashSet<>(ValueObjects.componentNames(Buyer.class));
                shared.addAll(ValueObjects.componentNames(Shipment.class));
                schema.getRequired().removeIf(shared::contains);
            }
        };
    }
}
