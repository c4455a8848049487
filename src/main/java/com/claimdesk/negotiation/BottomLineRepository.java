package com.claimdesk.negotiation;

import org.springframework.data.repository.Repository;

import java.util.Optional;

interface BottomLineRepository extends Repository<BottomLine, Long> {

    BottomLine save(BottomLine bottomLine);

    Optional<BottomLine> findByComplaintId(long complaintId);
}
