package com.claimdesk.refund;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RefundRequestRepository extends Repository<RefundRequest, Long> {

    RefundRequest save(RefundRequest request);

    /** Writes pending changes now, so that a summary built afterwards carries the new version. */
    void flush();

    /** Locks the row: of two approvers at the same moment, the second waits and then sees the first decision. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RefundRequest r where r.id = :id")
    Optional<RefundRequest> findForDecision(long id);

    Optional<RefundRequest> findById(long id);

    List<RefundRequest> findByComplaintIdOrderByRequestedAtAscIdAsc(long complaintId);

    long countByComplaintIdAndStatus(long complaintId, RefundStatus status);

    @Query("select r from RefundRequest r where r.status = com.claimdesk.refund.RefundStatus.PENDING "
            + "and r.requiredLevel in :levels and r.requestedById <> :me order by r.requestedAt, r.id")
    List<RefundRequest> waitingFor(Collection<com.claimdesk.settings.ApprovalLevel> levels, long me);

    @Query("select count(r) from RefundRequest r where r.status = com.claimdesk.refund.RefundStatus.PENDING "
            + "and r.requiredLevel in :levels and r.requestedById <> :me")
    long countWaitingFor(Collection<com.claimdesk.settings.ApprovalLevel> levels, long me);
}
