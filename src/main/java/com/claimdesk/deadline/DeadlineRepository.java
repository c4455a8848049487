package com.claimdesk.deadline;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface DeadlineRepository extends JpaRepository<Deadline, Long> {

    List<Deadline> findByComplaintIdOrderByDueAtAscIdAsc(long complaintId);

    List<Deadline> findByComplaintIdAndKind(long complaintId, DeadlineKind kind);

    /** Pending deadlines of open cases whose current date is before {@code before}. */
    @Query("""
            select d from Deadline d where d.caseOpen = true and d.state in :states
              and coalesce(d.extendedTo, d.dueAt) < :before
            order by d.id""")
    List<Deadline> findDueBefore(Collection<DeadlineState> states, Instant before);

    /** The most urgent date the case still owes: open or extended, or missed but still owed ({@code owed}). */
    @Query("""
            select min(coalesce(d.extendedTo, d.dueAt)) from Deadline d where d.complaintId = :complaintId
              and (d.state in :pending or (d.state = com.claimdesk.deadline.DeadlineState.MISSED and d.kind in :owed))""")
    @Nullable Instant nextDue(long complaintId, Collection<DeadlineState> pending, Collection<DeadlineKind> owed);
}
