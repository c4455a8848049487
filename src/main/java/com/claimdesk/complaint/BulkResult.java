package com.claimdesk.complaint;

import java.util.List;

/**
 * What a bulk action did, case by case: changed, already as asked (nothing to do), or refused with the reason as a
 * message key and its arguments (enum arguments are translated by the page that shows them).
 */
public record BulkResult(List<String> changed, List<String> unchanged, List<Refusal> refused) {

    public BulkResult {
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        refused = List.copyOf(refused);
    }

    public record Refusal(String caseNumber, String messageKey, List<Object> arguments) {

        public Refusal {
            arguments = List.copyOf(arguments);
        }
    }
}
