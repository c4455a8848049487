package com.claimdesk.messaging;

import java.util.Optional;

/**
 * Who the buyer of a case is, asked by the thread when it stores a buyer's message under their name. The case
 * module answers it (it owns the case); the thread knows cases only by id (docs/decisions/080-modules.md).
 */
public interface CaseBuyers {

    /** The buyer's name on the case, or empty when there is no such case. */
    Optional<String> buyerName(long complaintId);
}
