package com.claimdesk.review;

import org.springframework.data.repository.Repository;

import java.util.Optional;

interface CaseReviewRepository extends Repository<CaseReview, Long> {

    CaseReview save(CaseReview review);

    Optional<CaseReview> findByComplaintId(long complaintId);

    boolean existsByComplaintId(long complaintId);
}
