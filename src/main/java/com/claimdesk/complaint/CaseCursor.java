package com.claimdesk.complaint;

import java.time.Instant;

/** Where the previous page of cases (newest first) ended: the last case's creation time and id. */
public record CaseCursor(Instant createdAt, long id) {

    public static CaseCursor after(ComplaintListItem last) {
        return new CaseCursor(last.createdAt(), last.id());
    }
}
