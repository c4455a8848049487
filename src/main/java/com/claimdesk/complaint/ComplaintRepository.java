package com.claimdesk.complaint;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByCaseNumber(String caseNumber);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query(value = """
            UPDATE complaint SET next_deadline_at = CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN NULL ELSE :next END
            WHERE id = :id""", nativeQuery = true)
    void setNextDeadline(long id, java.sql.@Nullable Timestamp next);

    /** The case row, locked until the transaction ends. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Complaint c where c.id = :id")
    Optional<Complaint> findForUpdate(long id);

    @org.springframework.data.jpa.repository.Query("select c.id from Complaint c where c.id > :afterId order by c.id")
    java.util.List<Long> idsAfter(long afterId, org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Query(
            "select distinct c from Complaint c left join fetch c.tags where c.id in :ids")
    java.util.List<Complaint> withTags(java.util.Collection<Long> ids);

}
