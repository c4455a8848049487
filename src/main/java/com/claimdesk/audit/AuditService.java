package com.claimdesk.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reading a case's history. Writing goes through {@link AuditLog} only. */
@Service
public class AuditService {

    private final AuditEntryRepository entries;

    AuditService(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<AuditRecord> history(long complaintId) {
        return entries.findByComplaintIdOrderByOccurredAtAscIdAsc(complaintId).stream().map(AuditEntry::toRecord).toList();
    }
}
