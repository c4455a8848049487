package com.claimdesk.api;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.base.ValueObjects;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashSet;
import java.util.List;

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
            var schema = schema(api, "CaseInput");
            if (schema != null && schema.getRequired() != null) {
                var shared = new HashSet<>(ValueObjects.componentNames(Buyer.class));
                shared.addAll(ValueObjects.componentNames(Shipment.class));
                schema.getRequired().removeIf(shared::contains);
            }
        };
    }

    /** The examples the inputs showed for the buyer's fields before those became a shared value object. */
    @Bean
    OpenApiCustomizer buyerExamples() {
        return api -> {
            for (String input : List.of("CaseInput", "OrderInput")) {
                var schema = schema(api, input);
                if (schema != null && schema.getProperties() != null) {
                    example(schema.getProperties().get("buyerCountry"), "DE");
                    example(schema.getProperties().get("buyerLanguage"), "en");
                }
            }
        };
    }

    private static Schema<?> schema(OpenAPI api, String name) {
        return api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                : api.getComponents().getSchemas().get(name);
    }

    private static void example(Schema<?> property, String value) {
        if (property != null) {
            property.setExample(value);
        }
    }
}
