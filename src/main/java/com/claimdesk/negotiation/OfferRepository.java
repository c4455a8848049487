package com.claimdesk.negotiation;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

interface OfferRepository extends Repository<Offer, Long> {

    Offer save(Offer offer);

    Optional<Offer> findById(long id);

    List<Offer> findByComplaintIdOrderByProposedAtAscIdAsc(long complaintId);

    List<Offer> findByComplaintIdAndAnswer(long complaintId, Answer answer);

    boolean existsByComplaintId(long complaintId);
}
