package com.claimdesk.deadline;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    List<SlaPolicy> findByPriority(Priority priority);

    boolean existsByPriorityAndMarketplace(Priority priority, Marketplace marketplace);

    boolean existsByPriorityAndMarketplaceIsNull(Priority priority);
}
