package com.claimdesk.settlement;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import java.util.Optional;

interface SettlementRepository extends JpaRepository<Settlement, Long> {

    @Query("select s from Settlement s left join fetch s.costs where s.complaintId = :complaintId")
    Optional<Settlement> findByComplaintId(long complaintId);

    /** Two agents settling the same case at once: the second waits and then edits the first one's row. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Settlement s where s.complaintId = :complaintId")
    Optional<Settlement> findForChange(long complaintId);
}
