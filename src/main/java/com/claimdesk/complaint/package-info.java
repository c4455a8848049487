/**
 * The case aggregate ({@link com.claimdesk.complaint.Complaint}): its lifecycle, categories and sub-reasons, the
 * queue query and {@link com.claimdesk.complaint.ComplaintService}. Repositories are package-private so that
 * views can only go through the service. Features that build on the case flag its queue rows through
 * {@link com.claimdesk.complaint.QueueFlag}, so the queue needs none of them. Bulk actions on the queue
 * ({@link com.claimdesk.complaint.QueueBulkService}) change each case through the service's single-case methods;
 * saved views ({@link com.claimdesk.complaint.SavedFilterService}, table {@code saved_queue_filter}) keep a filter
 * set by name for a user or the team (docs/decisions/162-queue-bulk-actions-and-saved-views.md).
 *
 * <p>Publishes {@code complaint_facts} for the reports (migration V091): one row per case with its status,
 * marketplace, category, root cause, assignee, SKU, carrier, order date and value, and when it was opened, first
 * answered, resolved and closed.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"complaint", "complaint_tag", "case_number_sequence", "saved_queue_filter"})
@com.claimdesk.base.PublishesViews({"complaint_facts", "complaint_buyer_facts"})
package com.claimdesk.complaint;
