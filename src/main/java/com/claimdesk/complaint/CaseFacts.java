package com.claimdesk.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of a case without touching its entity or its table: the facts deadlines, refunds,
 * settlements, reviews and imports work from (docs/decisions/080-modules.md). Read through {@link Cases}.
 */
public record CaseFacts(long id, String caseNumber, ComplaintStatus status, Priority priority, Marketplace marketplace,
                        Category category, SubReason subReason, String orderNumber,
                        com.claimdesk.base.@Nullable Money orderValue, String buyerName,
                        String buyerCountry, String sku, Instant createdAt, Instant firstResponseAt,
                        Instant resolvedAt, Instant closedAt, LocalDate shippedOn, LocalDate promisedDeliveryOn,
                        LocalDate deliveredOn, Long assigneeId, RootCause rootCause, Responsibility responsibility,
                        String preventionNote) {

    public boolean open() {
        return status.isOpen();
    }
}
