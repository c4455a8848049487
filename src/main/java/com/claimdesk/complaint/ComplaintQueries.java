package com.claimdesk.complaint;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue query: a projection straight into {@link ComplaintListItem}, one page at a time, never a count. The
 * order always ends with the id so that pages are stable when many rows share a sort value.
 * See docs/decisions/003-queue-paging.md.
 */
@Repository
class ComplaintQueries {

    private final EntityManager em;

    ComplaintQueries(EntityManager em) {
        this.em = em;
    }

    List<ComplaintListItem> page(QueueFilter filter, Long currentUserId, QueueSort sort, int offset, int limit,
                                 Instant now, Duration atRiskWithin) {
        var jpql = new StringBuilder(SELECT_ITEM).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        appendFilter(filter, currentUserId, jpql, params, now, atRiskWithin);
        jpql.append(" order by ").append(orderBy(sort));
        TypedQuery<ComplaintListItem> query = em.createQuery(jpql.toString(), ComplaintListItem.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Keyset paging for the API: newest first, after the case the cursor names. */
    List<ComplaintListItem> pageAfter(QueueFilter filter, Long currentUserId, CaseCursor cursor, int limit,
                                      Instant now, Duration atRiskWithin) {
        var jpql = new StringBuilder(SELECT_ITEM).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        appendFilter(filter, currentUserId, jpql, params, now, atRiskWithin);
        if (cursor != null) {
            // expanded, not a row-value comparison: MariaDB uses the index only for this form (STACK-NOTES)
            jpql.append(" and (c.createdAt < :cursorAt or (c.createdAt = :cursorAt and c.id < :cursorId))");
            params.put("cursorAt", cursor.createdAt());
            params.put("cursorId", cursor.id());
        }
        jpql.append(" order by c.createdAt desc, c.id desc");
        TypedQuery<ComplaintListItem> query = em.createQuery(jpql.toString(), ComplaintListItem.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    List<ComplaintListItem> forOrder(Marketplace marketplace, String orderNumber) {
        var jpql = new StringBuilder(SELECT_ITEM).append(" where c.orderNumber = :orderNumber");
        if (marketplace != null) {
            jpql.append(" and c.marketplace = :marketplace");
        }
        jpql.append(" order by c.createdAt desc, c.id desc");
        var query = em.createQuery(jpql.toString(), ComplaintListItem.class).setParameter("orderNumber", orderNumber);
        if (marketplace != null) {
            query.setParameter("marketplace", marketplace);
        }
        return query.setMaxResults(100).getResultList();
    }

    private static final String SELECT_ITEM = """
            select new com.claimdesk.complaint.ComplaintListItem(
                c.id, c.caseNumber, c.buyerName, c.buyerCountry, c.marketplace, c.category, c.subReason, c.status,
                c.priority, c.claimedAmount.amount, c.claimedAmount.currency, a.displayName, c.createdAt,
                c.orderNumber, c.nextDeadlineAt)
            from Complaint c left join c.assignee a
            """;

    private void appendFilter(QueueFilter filter, Long currentUserId, StringBuilder jpql, Map<String, Object> params,
                              Instant now, Duration atRiskWithin) {
        // the table collation is case-insensitive, so no lower() that would hide the columns from their indexes
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and c.status in :statuses");
            params.put("statuses", new ArrayList<>(filter.statuses()));
        }
        if (filter.category() != null) {
            jpql.append(" and c.category = :category");
            params.put("category", filter.category());
        }
        if (filter.marketplace() != null) {
            jpql.append(" and c.marketplace = :marketplace");
            params.put("marketplace", filter.marketplace());
        }
        // next_deadline_at is kept on the case by the deadline feature, so these need no join
        switch (filter.due()) {
            case OVERDUE -> {
                jpql.append(" and c.nextDeadlineAt < :now");
                params.put("now", now);
            }
            case TODAY -> {
                LocalDate today = LocalDate.ofInstant(now, filter.zone());
                jpql.append(" and c.nextDeadlineAt >= :dayStart and c.nextDeadlineAt < :dayEnd");
                params.put("dayStart", today.atStartOfDay(filter.zone()).toInstant());
                params.put("dayEnd", today.plusDays(1).atStartOfDay(filter.zone()).toInstant());
            }
            case AT_RISK -> {
                jpql.append(" and c.nextDeadlineAt >= :now and c.nextDeadlineAt < :riskEnd");
                params.put("now", now);
                params.put("riskEnd", now.plus(atRiskWithin));
            }
            case ANY -> { }
        }
        switch (filter.assignee()) {
            case ME -> {
                jpql.append(" and a.id = :me");
                params.put("me", currentUserId);
            }
            case UNASSIGNED -> jpql.append(" and c.assignee is null");
            case ANYONE -> { }
        }
        if (!filter.text().isEmpty()) {
            jpql.append(" and (c.caseNumber like :text escape '!' or c.orderNumber like :text escape '!'"
                    + " or c.buyerName like :text escape '!' or c.trackingNumber like :text escape '!'");
            List<Long> inThread = casesWhoseThreadMentions(filter.text());
            if (!inThread.isEmpty()) {
                jpql.append(" or c.id in :inThread");
                params.put("inThread", inThread);
            }
            jpql.append(")");
            params.put("text", "%" + escapeLike(filter.text()) + "%");
        }
    }

    /**
     * Cases whose thread contains all words of the search (MariaDB FULLTEXT, boolean mode, word prefixes). Capped:
     * a search that matches more threads than a page can show is too broad to be useful by thread alone.
     */
    @SuppressWarnings("unchecked")
    List<Long> casesWhoseThreadMentions(String text) {
        String query = fullTextQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT complaint_id FROM case_message "
                        + "WHERE MATCH(body) AGAINST (?1 IN BOOLEAN MODE) LIMIT " + MAX_THREAD_HITS)
                .setParameter(1, query).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    static final int MAX_THREAD_HITS = 1000;

    /** "customs Rotterdam" becomes "+customs* +rotterdam*"; operators typed by the user are dropped. */
    static String fullTextQuery(String text) {
        var sb = new StringBuilder();
        for (String word : text.split("[\\s\\p{Punct}]+")) {
            // InnoDB ignores tokens shorter than innodb_ft_min_token_size (3)
            if (word.codePointCount(0, word.length()) >= 3) {
                sb.append(sb.isEmpty() ? "" : " ").append('+').append(word).append('*');
            }
        }
        return sb.toString();
    }

    private static String orderBy(QueueSort sort) {
        String dir = sort.ascending() ? "asc" : "desc";
        if (sort.field() == QueueSort.Field.URGENCY) {
            // urgency_at is next_deadline_at with cases without a deadline last; ties go to the oldest case
            return "c.urgencyAt " + dir + ", c.createdAt " + dir + ", c.id " + dir;
        }
        String column = switch (sort.field()) {
            case URGENCY -> throw new IllegalStateException("handled above");
            case CREATED -> "c.createdAt";
            case UPDATED -> "c.updatedAt";
            case CASE_NUMBER -> "c.caseNumber";
            case PRIORITY -> "c.priority";
            case STATUS -> "c.status";
            case BUYER -> "c.buyerName";
            case CLAIMED_AMOUNT -> "c.claimedAmount.amount";
        };
        return column + " " + dir + ", c.id " + dir;
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
