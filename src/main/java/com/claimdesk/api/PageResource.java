package com.claimdesk.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list. {@code nextCursor} is null on the last page; otherwise pass it as {@code cursor} to get the
 * next page. Cursors are opaque: their form may change.
 */
public record PageResource<T>(List<T> items, @Nullable String nextCursor) {
}
