package com.claimdesk.complaint;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByCaseNumber(String caseNumber);

    long countByBuyerNameAndIdNot(String buyerName, Long id);

    long countByBuyerNameAndIdNotAndStatusIn(String buyerName, Long id, java.util.Collection<ComplaintStatus> statuses);
}
