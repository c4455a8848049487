package com.claimdesk.deadline;

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
            select d from Deadline d where d.state in :states
              and coalesce(d.extendedTo, d.dueAt) < :before
              and d.complaintId in (select c.id from Complaint c where c.status in :open)
            order by d.id""")
    List<Deadline> findDueBefore(Collection<DeadlineState> states, Instant before,
                                 Collection<com.claimdesk.complaint.ComplaintStatus> open);
}
