package com.claimdesk.search;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;

import java.time.Instant;
import java.util.List;

/**
 * One case found.
 *
 * @param updatedAt the case's last activity: its last change or its last thread entry, whichever is later
 * @param score     the relevance the ranking computed (higher first); comparable within one search only
 * @param snippets  passages of the case's text with the matched words wrapped in {@code <mark>…</mark>} and
 *                  everything else HTML-escaped, so a page may render them as HTML; at most three
 */
public record SearchHit(long caseId, String caseNumber, String buyerName, ComplaintStatus status,
                        Marketplace marketplace, Category category, Instant updatedAt, float score,
                        List<String> snippets) {
}
