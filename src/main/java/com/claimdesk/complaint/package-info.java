/**
 * The case aggregate ({@link com.claimdesk.complaint.Complaint}): its lifecycle, categories and sub-reasons, the
 * queue query and {@link com.claimdesk.complaint.ComplaintService}. Repositories are package-private so that
 * views can only go through the service. Features that build on the case flag its queue rows through
 * {@link com.claimdesk.complaint.QueueFlag}, so the queue needs none of them.
 *
 * <p>Publishes {@code complaint_facts} for the reports (migration V091): one row per case with its status,
 * marketplace, category, root cause, assignee, SKU, carrier, order date and value, and when it was opened, first
 * answered, resolved and closed.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"complaint", "complaint_tag", "case_number_sequence"})
@com.claimdesk.base.PublishesViews({"complaint_facts", "complaint_buyer_facts"})
package com.claimdesk.complaint;
