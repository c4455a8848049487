package com.claimdesk.api;

import java.util.List;

/**
 * One page of a list. {@code nextCursor} is null on the last page; otherwise pass it as {@code cursor} to get the
 * next page. Cursors are opaque: their form may change.
 */
public record PageResource<T>(List<T> items, String nextCursor) {
}
