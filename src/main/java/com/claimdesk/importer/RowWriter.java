package com.claimdesk.importer;

import com.claimdesk.order.UpsertOutcome;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Stores the rows of one kind of file through that kind's service. */
interface RowWriter {

    /**
     * What storing the row would do: looks the row's key up, lays its values over what is stored (or over a known
     * order, for a new case) and validates the result. Only reads.
     */
    Prepared prepare(ParsedRow row);

    /** Stores a prepared row without problems, inside the caller's transaction. */
    Written write(Prepared prepared);

    /**
     * @param intent    CREATED or UPDATED
     * @param reference what the row is stored as: the case number of an existing case, else null
     */
    record Prepared(ParsedRow row, UpsertOutcome intent, @Nullable String reference, Object target, long version,
                    List<RowProblem> problems) {
    }

    /** @param reference the case number, or the order's marketplace and number */
    record Written(UpsertOutcome outcome, String reference) {
    }
}
