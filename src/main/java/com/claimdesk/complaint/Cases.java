package com.claimdesk.complaint;

import com.claimdesk.base.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case module's published reads for the other modules: a case's facts by id or by number, for one case or a
 * page of them in one query. Reads only, usable by system steps too (the deadline job has no user); every change
 * goes through {@link ComplaintService} (guarded) or an event this module handles.
 */
@Component
public class Cases {

    private final ComplaintRepository complaints;

    Cases(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Transactional(readOnly = true)
    public CaseFacts facts(long complaintId) {
        return find(complaintId).orElseThrow(() -> new NotFoundException("complaint.error.notFound",
                "No case with id " + complaintId, complaintId));
    }

    @Transactional(readOnly = true)
    public Optional<CaseFacts> find(long complaintId) {
        return complaints.findById(complaintId).map(Cases::factsOf);
    }

    @Transactional(readOnly = true)
    public Optional<CaseFacts> byNumber(String caseNumber) {
        return complaints.findByCaseNumber(caseNumber == null ? "" : caseNumber.trim()).map(Cases::factsOf);
    }

    /** The facts of the given cases in one query; an unknown id is left out. */
    @Transactional(readOnly = true)
    public Map<Long, CaseFacts> facts(Collection<Long> complaintIds) {
        Map<Long, CaseFacts> facts = new HashMap<>();
        if (complaintIds != null && !complaintIds.isEmpty()) {
            complaints.findAllById(Set.copyOf(complaintIds)).forEach(c -> facts.put(c.getId(), factsOf(c)));
        }
        return facts;
    }

    /** How many cases there are: the search index holds one document per case. */
    @Transactional(readOnly = true)
    public long count() {
        return complaints.count();
    }

    /** Up to {@code max} case ids above {@code afterId}, ascending: a rebuild walks all cases by these pages. */
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int max) {
        return complaints.idsAfter(afterId, org.springframework.data.domain.Limit.of(Math.max(1, max)));
    }

    /** What the search index needs of the given cases, with their tags, in one query; an unknown id is left out. */
    @Transactional(readOnly = true)
    public List<CaseSearchSummary> searchSummaries(Collection<Long> complaintIds) {
        if (complaintIds == null || complaintIds.isEmpty()) {
            return List.of();
        }
        return complaints.withTags(Set.copyOf(complaintIds)).stream().map(c -> new CaseSearchSummary(c.getId(),
                c.getCaseNumber(), c.getOrderNumber(), c.getShipment().trackingNumber(), c.getBuyer().buyerName(),
                c.getBuyer().buyerCountry(), c.getSku(), c.getSummary(), Set.copyOf(c.getTags()), c.getStatus(),
                c.getMarketplace(), c.getCategory(), c.getAssigneeId(), c.getCreatedAt(), c.getUpdatedAt())).toList();
    }

    static CaseFacts factsOf(Complaint c) {
        return new CaseFacts(c.getId(), c.getCaseNumber(), c.getStatus(), c.getPriority(), c.getMarketplace(),
                c.getCategory(), c.getSubReason(), c.getOrderNumber(), c.getOrder() == null ? null : c.getOrder().orderValue(), c.getBuyer().buyerName(),
                c.getBuyer().buyerCountry(),
                c.getSku(), c.getCreatedAt(), c.getFirstResponseAt(), c.getResolvedAt(), c.getClosedAt(),
                c.getShippedOn(), c.getPromisedDeliveryOn(), c.getDeliveredOn(), c.getAssigneeId(), c.getRootCause(),
                c.getResponsibility(), c.getPreventionNote());
    }
}
