package com.claimdesk.complaint.ui;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.complaint.QueueFilter.AssigneeScope;
import com.claimdesk.complaint.QueueSort;
import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The queue's state as query parameters ({@code ?status=open&assignee=me&due=overdue&q=...&sort=created&dir=desc}), so that a
 * link can be shared and the back button restores the view. Unknown values fall back to the defaults silently:
 * a mangled link still opens a working queue.
 */
record QueueUrl(String status, @Nullable Category category, @Nullable Marketplace marketplace, AssigneeScope assignee,
                String text,
                QueueSort sort, QueueFilter.Due due) {

    QueueUrl {
        due = due == null ? QueueFilter.Due.ANY : due;
    }

    static final String OPEN = QueueFilter.OPEN;
    static final String ALL = QueueFilter.ALL;

    static QueueUrl defaults() {
        return new QueueUrl(OPEN, null, null, AssigneeScope.ME, "", QueueSort.DEFAULT, QueueFilter.Due.ANY);
    }

    static QueueUrl parse(QueryParameters params) {
        Map<String, List<String>> p = params.getParameters();
        var d = defaults();
        String status = normalizeStatus(first(p, "status"));
        AssigneeScope assignee = parseEnum(AssigneeScope.class, first(p, "assignee"));
        QueueSort.Field field = parseEnum(QueueSort.Field.class, first(p, "sort"));
        String dir = first(p, "dir");
        QueueSort sort = field == null ? d.sort() : new QueueSort(field, !"desc".equalsIgnoreCase(dir));
        String q = first(p, "q");
        return new QueueUrl(status == null ? d.status() : status,
                parseEnum(Category.class, first(p, "category")),
                parseEnum(Marketplace.class, first(p, "marketplace")),
                assignee == null ? d.assignee() : assignee,
                q == null ? "" : q.trim(), sort, parseEnum(QueueFilter.Due.class, first(p, "due")));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("assignee", assignee.name().toLowerCase(Locale.ROOT));
        if (category != null) {
            m.put("category", category.name());
        }
        if (marketplace != null) {
            m.put("marketplace", marketplace.name());
        }
        if (!text.isEmpty()) {
            m.put("q", text);
        }
        if (due != QueueFilter.Due.ANY) {
            m.put("due", due.name().toLowerCase(Locale.ROOT));
        }
        if (!sort.equals(QueueSort.DEFAULT)) {
            m.put("sort", sort.field().name().toLowerCase(Locale.ROOT));
            m.put("dir", sort.ascending() ? "asc" : "desc");
        }
        return QueryParameters.simple(m);
    }

    QueueFilter toFilter() {
        return new QueueFilter(QueueFilter.statusesOf(status), category, marketplace, assignee, text, due, null);
    }

    /** The filter for a viewer in {@code zone} ("due today" is their today). */
    QueueFilter toFilter(java.time.ZoneId zone) {
        var f = toFilter();
        return new QueueFilter(f.statuses(), f.category(), f.marketplace(), f.assignee(), f.text(), f.due(), zone);
    }

    /** The filter set as a saved view keeps it. */
    com.claimdesk.complaint.SavedFilterCriteria toCriteria() {
        return new com.claimdesk.complaint.SavedFilterCriteria(status, category, marketplace, assignee, text, due, sort);
    }

    static QueueUrl of(com.claimdesk.complaint.SavedFilterCriteria c) {
        String s = normalizeStatus(c.status());
        return new QueueUrl(s == null ? OPEN : s, c.category(), c.marketplace(), c.assignee(), c.text(), c.sort(),
                c.due());
    }

    QueueUrl withStatus(String s) { return new QueueUrl(s, category, marketplace, assignee, text, sort, due); }
    QueueUrl withCategory(Category c) { return new QueueUrl(status, c, marketplace, assignee, text, sort, due); }
    QueueUrl withMarketplace(Marketplace m) { return new QueueUrl(status, category, m, assignee, text, sort, due); }
    QueueUrl withAssignee(AssigneeScope a) { return new QueueUrl(status, category, marketplace, a, text, sort, due); }
    QueueUrl withText(String t) { return new QueueUrl(status, category, marketplace, assignee, t == null ? "" : t.trim(), sort, due); }
    QueueUrl withSort(QueueSort s) { return new QueueUrl(status, category, marketplace, assignee, text, s == null ? QueueSort.DEFAULT : s, due); }
    QueueUrl withDue(QueueFilter.Due d) { return new QueueUrl(status, category, marketplace, assignee, text, sort, d); }

    /** "open", "all" or a status name; null when it is none of these. */
    static String normalizeStatus(String value) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase(OPEN) || value.equalsIgnoreCase(ALL)) {
            return value.toLowerCase(Locale.ROOT);
        }
        ComplaintStatus s = parseEnum(ComplaintStatus.class, value);
        return s == null ? null : s.name();
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
