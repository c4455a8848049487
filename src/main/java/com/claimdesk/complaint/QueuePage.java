package com.claimdesk.complaint;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of the queue and the cursor to continue after it ({@code null} when the page came back short). */
public record QueuePage(List<ComplaintListItem> items, @Nullable QueueCursor next) {
}
