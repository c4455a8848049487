package com.claimdesk.audit;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Deliberately no delete or update: only save and read. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByComplaintIdOrderByOccurredAtAscIdAsc(long complaintId);

    long countByComplaintId(long complaintId);
}
