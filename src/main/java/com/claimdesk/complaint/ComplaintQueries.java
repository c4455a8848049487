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
    private final com.claimdesk.security.UserDirectory users;
    private final org.springframework.beans.factory.ObjectProvider<ThreadSearch> threadSearch;

    ComplaintQueries(EntityManager em, com.claimdesk.security.UserDirectory users,
                     org.springframework.beans.factory.ObjectProvider<ThreadSearch> threadSearch) {
        this.users = users;
        this.threadSearch = threadSearch;
        this.em = em;
    }

    /**
     * The page at {@code offset}. The first page seeks from the start; a later one (a jump without a cursor) skips
     * with OFFSET on the ids only, from the index ("deferred join"), and then reads the 50 rows it needs.
     */
    QueuePage jump(QueueFilter filter, Long currentUserId, QueueSort sort, int offset, int limit,
                   Instant now, Duration atRiskWithin) {
        return fetch(filter, currentUserId, sort, null, offset, limit, now, atRiskWithin);
    }

    /** The page right after {@code after} (from the start when it is {@code null}), and the cursor after it. */
    QueuePage after(QueueFilter filter, Long currentUserId, QueueSort sort, QueueCursor after, int limit,
                    Instant now, Duration atRiskWithin) {
        return fetch(filter, currentUserId, sort, after, 0, limit, now, atRiskWithin);
    }

    private QueuePage fetch(QueueFilter filter, Long currentUserId, QueueSort sort, QueueCursor after, int offset,
                            int limit, Instant now, Duration atRiskWithin) {
        Map<String, Object> params = new HashMap<>();
        var where = new StringBuilder(where(filter, currentUserId, now, atRiskWithin, params));
        List<String> keys = sortKeys(sort);
        if (after != null) {
            where.append(" and (").append(seek(keys, sort.ascending(), uniqueWithoutId(sort), after, params))
                    .append(")");
        }
        // first the ids and sort keys, from the index alone; then only those rows
        var select = new StringBuilder("select c.id");
        keys.forEach(k -> select.append(", ").append(k));
        String jpql = select + " from Complaint c where " + where + " order by "
                + orderBy(keys, sort.ascending(), uniqueWithoutId(sort));
        var idQuery = em.createQuery(jpql, Object[].class);
        params.forEach(idQuery::setParameter);
        List<Object[]> rows = idQuery.setFirstResult(offset).setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return new QueuePage(List.of(), null);
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, ComplaintListItem> byId = new HashMap<>();
        em.createQuery("""
                        select new com.claimdesk.complaint.ComplaintListItem(
                            c.id, c.caseNumber, c.buyer.buyerName, c.buyer.buyerCountry, c.marketplace, c.category, c.subReason,
                            c.status, c.priority, c.claimedAmount.amount, c.claimedAmount.currency, c.assigneeId,
                            c.createdAt, c.orderNumber, c.nextDeadlineAt, c.version)
                        from Complaint c where c.id in :ids""", ComplaintListItem.class)
                .setParameter("ids", ids).getResultList().forEach(i -> byId.put(i.id(), i));
        List<ComplaintListItem> items = withAssigneeNames(
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
        Object[] last = rows.getLast();
        QueueCursor next = rows.size() < limit ? null : new QueueCursor(sort,
                java.util.Arrays.asList(last).subList(1, last.length), ((Number) last[0]).longValue());
        return new QueuePage(items, next);
    }

    /**
     * How many cases the filter matches, counted up to {@code cap} only: the ids come from the same indexes as the
     * queue's first page and the reading stops after {@code cap + 1}, so a count costs about what that page costs
     * whatever the table's size (a plain COUNT(*) of a broad filter reads every matching index entry of a million).
     * Returns {@code cap + 1} when there are more.
     */
    int countUpTo(QueueFilter filter, Long currentUserId, int cap, Instant now, Duration atRiskWithin) {
        Map<String, Object> params = new HashMap<>();
        String jpql = "select c.id from Complaint c where " + where(filter, currentUserId, now, atRiskWithin, params);
        var query = em.createQuery(jpql, Long.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(cap + 1).getResultList().size();
    }

    /** Where a case stands, as far as a bulk action needs to know before it changes it. */
    record CaseState(String caseNumber, long version, ComplaintStatus status, Priority priority, Long assigneeId) {
    }

    /** The current state of these cases, by case number, in one query. */
    Map<String, CaseState> states(java.util.Collection<String> caseNumbers) {
        Map<String, CaseState> byNumber = new HashMap<>();
        if (caseNumbers.isEmpty()) {
            return byNumber;
        }
        em.createQuery("select c.caseNumber, c.version, c.status, c.priority, c.assigneeId from Complaint c"
                        + " where c.caseNumber in :numbers", Object[].class)
                .setParameter("numbers", List.copyOf(caseNumbers)).getResultList()
                .forEach(r -> byNumber.put((String) r[0], new CaseState((String) r[0], ((Number) r[1]).longValue(),
                        (ComplaintStatus) r[2], (Priority) r[3], r[4] == null ? null : ((Number) r[4]).longValue())));
        return byNumber;
    }

    /** Keyset paging for the API: newest first, after the case the cursor names. */
    List<ComplaintListItem> pageAfter(QueueFilter filter, Long currentUserId, CaseCursor cursor, int limit,
                                      Instant now, Duration atRiskWithin) {
        Map<String, Object> params = new HashMap<>();
        var jpql = new StringBuilder(SELECT_ITEM).append(" where ")
                .append(where(filter, currentUserId, now, atRiskWithin, params));
        if (cursor != null) {
            // expanded, not a row-value comparison: MariaDB uses the index only for this form (STACK-NOTES)
            jpql.append(" and (c.createdAt < :cursorAt or (c.createdAt = :cursorAt and c.id < :cursorId))");
            params.put("cursorAt", cursor.createdAt());
            params.put("cursorId", cursor.id());
        }
        jpql.append(" order by c.createdAt desc, c.id desc");
        TypedQuery<ComplaintListItem> query = em.createQuery(jpql.toString(), ComplaintListItem.class);
        params.forEach(query::setParameter);
        return withAssigneeNames(query.setMaxResults(limit).getResultList());
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
        return withAssigneeNames(query.setMaxResults(100).getResultList());
    }

    private static final String SELECT_ITEM = """
            select new com.claimdesk.complaint.ComplaintListItem(
                c.id, c.caseNumber, c.buyer.buyerName, c.buyer.buyerCountry, c.marketplace, c.category, c.subReason, c.status,
                c.priority, c.claimedAmount.amount, c.claimedAmount.currency, c.assigneeId, c.createdAt,
                c.orderNumber, c.nextDeadlineAt, c.version)
            from Complaint c
            """;

    /** The assignees' names, from the security module: one query for the page. */
    private List<ComplaintListItem> withAssigneeNames(List<ComplaintListItem> items) {
        var names = users.refs(items.stream().map(ComplaintListItem::assigneeId).filter(java.util.Objects::nonNull)
                .distinct().toList());
        return items.stream().map(i -> i.assigneeId() == null ? i
                : i.withAssigneeName(names.containsKey(i.assigneeId()) ? names.get(i.assigneeId()).displayName()
                : null)).toList();
    }

    private String where(QueueFilter filter, Long currentUserId, Instant now, Duration atRiskWithin,
                         Map<String, Object> params) {
        var jpql = new StringBuilder("1 = 1");
        var statuses = filter.statuses();
        if (statuses.equals(ComplaintStatus.openStates())) {
            // one value of a generated column instead of five: the index on (is_open, sort) keeps the order
            jpql.append(" and c.open = true");
        } else if (statuses.equals(java.util.EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED))) {
            jpql.append(" and c.open = false");
        } else if (statuses.size() == 1) {
            jpql.append(" and c.status = :status");
            params.put("status", statuses.iterator().next());
        } else if (!statuses.isEmpty()) {
            jpql.append(" and c.status in :statuses");
            params.put("statuses", new ArrayList<>(statuses));
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
                jpql.append(" and c.assigneeId = :me");
                params.put("me", currentUserId);
            }
            case UNASSIGNED -> jpql.append(" and c.assigneeId is null");
            case ANYONE -> { }
        }
        if (!filter.text().isEmpty()) {
            // Substring matches on four columns would read all million rows. The candidates come from a FULLTEXT
            // index on those columns (word prefixes); the substring test then runs on those few only.
            // the thread search (the search index, or FULLTEXT over the messages) runs beside the FULLTEXT lookup
            // of the case's own columns: the page waits for the slower of the two, not for both in turn
            var within = new ThreadSearch.Within(filter.statuses(), filter.marketplace(), filter.category(),
                    switch (filter.assignee()) {
                        case ME -> currentUserId;
                        case UNASSIGNED -> ThreadSearch.Within.UNASSIGNED;
                        case ANYONE -> null;
                    });
            var threads = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> casesWhoseThreadMentions(filter.text(), within),
                    new org.springframework.security.concurrent.DelegatingSecurityContextExecutor(BESIDE));
            List<Long> candidates = casesWhoseFieldsMention(filter.text());
            List<Long> inThread = threads.join();
            jpql.append(" and (");
            if (!candidates.isEmpty()) {
                jpql.append("(c.id in :candidates and (c.caseNumber like :text escape '!' or c.orderNumber like"
                        + " :text escape '!' or c.buyer.buyerName like :text escape '!' or c.shipment.trackingNumber"
                        + " like :text escape '!'))");
                params.put("candidates", candidates);
                params.put("text", "%" + escapeLike(filter.text()) + "%");
            } else {
                jpql.append("1 = 0");
            }
            if (!inThread.isEmpty()) {
                jpql.append(" or c.id in :inThread");
                params.put("inThread", inThread);
            }
            jpql.append(")");
        }
        return jpql.toString();
    }

    /**
     * Cases whose case number, order number, buyer name or tracking number has words starting with the longest part
     * of every word of the search (FULLTEXT ft_complaint_search): candidates for the substring test. Capped like the
     * thread search.
     */
    @SuppressWarnings("unchecked")
    List<Long> casesWhoseFieldsMention(String text) {
        // the longest part of each word only: the substring test on the columns follows (see where)
        String query = com.claimdesk.base.FullTextQuery.longestPartPrefixes(text);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("SELECT id FROM complaint WHERE MATCH(case_number, order_number,"
                        + " buyer_name, tracking_number) AGAINST (?1 IN BOOLEAN MODE) LIMIT " + MAX_THREAD_HITS)
                .setParameter(1, query).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Cases in which every word of the search is found (the search index by default, else MariaDB FULLTEXT over the
     * messages), the best of those the filters allow when the search can tell. Capped: a search that matches more
     * cases than a page can show is too broad to be useful by its words alone.
     */
    List<Long> casesWhoseThreadMentions(String text, ThreadSearch.Within within) {
        ThreadSearch search = threadSearch.getIfAvailable();
        return search == null ? List.of() : search.casesMentioning(text, within, MAX_THREAD_HITS);
    }

    static final int MAX_THREAD_HITS = 1000;

    /** Where the thread search runs beside the page's own query (a virtual thread each; they only wait on I/O). */
    private static final java.util.concurrent.Executor BESIDE =
            java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    /**
     * The sort's columns before the id: every order is unique (the id breaks ties) and has an index whose columns
     * follow it (docs/decisions/050-scale.md lists them).
     */
    private static List<String> sortKeys(QueueSort sort) {
        return switch (sort.field()) {
            // urgency_at is next_deadline_at with cases without a deadline last; ties go to the oldest case
            case URGENCY -> List.of("c.urgencyAt", "c.createdAt");
            case CREATED -> List.of("c.createdAt");
            case UPDATED -> List.of("c.updatedAt");
            case CASE_NUMBER -> List.of("c.caseNumber");
            case PRIORITY -> List.of("c.priority");
            // within a status, by age: the index on (status, created_at) then gives the order
            case STATUS -> List.of("c.status", "c.createdAt");
            case BUYER -> List.of("c.buyer.buyerName");
            case CLAIMED_AMOUNT -> List.of("c.claimedAmount.amount");
        };
    }

    /** Only the claimed amount may be null; MariaDB puts NULL first in ascending order, last in descending. */
    private static boolean nullable(String key) {
        return key.equals("c.claimedAmount.amount");
    }

    /**
     * The case number is unique on its own. MariaDB does not see that "case_number, id" is then the order of its
     * unique index and would sort; without the id it reads the index in order.
     */
    private static boolean uniqueWithoutId(QueueSort sort) {
        return sort.field() == QueueSort.Field.CASE_NUMBER;
    }

    private static String orderBy(List<String> keys, boolean ascending, boolean unique) {
        String dir = ascending ? " asc" : " desc";
        var sb = new StringBuilder();
        keys.forEach(k -> sb.append(k).append(dir).append(", "));
        return unique ? sb.substring(0, sb.length() - 2) : sb.append("c.id").append(dir).toString();
    }

    /**
     * Rows strictly after the cursor in the sort's order, written out as {@code a > ? or (a = ? and b > ?) or ...}:
     * MariaDB does not use an index for a row-value comparison {@code (a, b) > (?, ?)} (shared/STACK-NOTES.md).
     */
    private static String seek(List<String> keys, boolean ascending, boolean unique, QueueCursor after,
                               Map<String, Object> params) {
        String gt = ascending ? " > " : " < ";
        if (!unique) {
            params.put("afterId", after.id());
        }
        List<String> terms = new ArrayList<>();
        var equalSoFar = new StringBuilder();
        for (int i = 0; i <= keys.size(); i++) {
            String prefix = equalSoFar.isEmpty() ? "" : equalSoFar + " and ";
            if (i == keys.size()) {
                if (!unique) {
                    terms.add("(" + prefix + "c.id" + gt + ":afterId)");
                }
                break;
            }
            String key = keys.get(i);
            Object value = after.keys().get(i);
            String p = "after" + i;
            if (value == null) {
                if (!nullable(key)) {
                    throw new IllegalArgumentException("Cursor without a value for " + key);
                }
                // NULLs come first ascending: everything not null is after; descending nothing but NULLs is
                if (ascending) {
                    terms.add("(" + prefix + key + " is not null)");
                }
                equalSoFar.append(equalSoFar.isEmpty() ? "" : " and ").append(key).append(" is null");
            } else {
                params.put(p, value);
                String term = prefix + key + gt + ":" + p;
                if (nullable(key) && !ascending) {
                    term = term + " or " + prefix + key + " is null";
                }
                terms.add("(" + term + ")");
                equalSoFar.append(equalSoFar.isEmpty() ? "" : " and ").append(key).append(" = :").append(p);
            }
        }
        return String.join(" or ", terms);
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
