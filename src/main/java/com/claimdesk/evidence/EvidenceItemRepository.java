package com.claimdesk.evidence;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Evidence rows; the files belong to {@link EvidenceStorage} and are only ever touched by {@link EvidenceService}. */
interface EvidenceItemRepository extends Repository<EvidenceItem, Long> {

    EvidenceItem saveAndFlush(EvidenceItem item);

    Optional<EvidenceItem> findById(long id);

    List<EvidenceItem> findByComplaintIdOrderByUploadedAtAscIdAsc(long complaintId);

    List<EvidenceItem> findByComplaintIdInOrderByUploadedAtAscIdAsc(java.util.Collection<Long> complaintIds);

    long countByComplaintId(long complaintId);

    void delete(EvidenceItem item);
}
