package com.claimdesk.review;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;

import java.time.Instant;

/** A finished case waiting for its review. */
public record ReviewQueueItem(long complaintId, String caseNumber, String buyerName, Marketplace marketplace,
                              Category category, ComplaintStatus status, String assigneeName, Instant createdAt,
                              Instant resolvedAt) {
}
