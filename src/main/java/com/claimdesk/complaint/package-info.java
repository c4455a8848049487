/**
 * The case aggregate ({@link com.claimdesk.complaint.Complaint}): its lifecycle, categories and sub-reasons, the
 * queue query and {@link com.claimdesk.complaint.ComplaintService}. Repositories are package-private so that
 * views can only go through the service.
 */
package com.claimdesk.complaint;
