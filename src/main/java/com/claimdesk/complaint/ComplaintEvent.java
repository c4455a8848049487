package com.claimdesk.complaint;

/**
 * Recorded by the {@link Complaint} aggregate itself as it changes, and published by Spring Data inside the
 * transaction of the change when the service saves it, so that features which keep data about a case (its
 * deadlines) follow without this package knowing them. Listeners run in that transaction.
 */
public sealed interface ComplaintEvent {

    long complaintId();

    /** A case was opened. */
    record Opened(long complaintId) implements ComplaintEvent {
    }

    /** The case's facts were edited (shipment dates among them). */
    record Edited(long complaintId) implements ComplaintEvent {
    }

    /** The case moved from one status to another. */
    record StatusChanged(long complaintId, ComplaintStatus from, ComplaintStatus to) implements ComplaintEvent {
    }

    /** The case was given to a user, or taken from one ({@code assigneeId} null). */
    record Assigned(long complaintId, @org.jspecify.annotations.Nullable Long assigneeId) implements ComplaintEvent {
    }
}
