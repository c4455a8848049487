/**
 * The case aggregate ({@link com.claimdesk.complaint.Complaint}): its lifecycle, categories and sub-reasons, the
 * queue query and {@link com.claimdesk.complaint.ComplaintService}. Repositories are package-private so that
 * views can only go through the service. Features that build on the case flag its queue rows through
 * {@link com.claimdesk.complaint.QueueFlag}, so the queue needs none of them.
 */
@com.claimdesk.base.OwnsTables({"complaint", "complaint_tag", "case_number_sequence"})
package com.claimdesk.complaint;
