package com.claimdesk.report.ui;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.report.ReportFilter;
import com.claimdesk.report.ReportRows.CostDimension;
import com.vaadin.flow.router.QueryParameters;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's filters as query parameters ({@code ?from=2026-01-01&to=2026-03-31&marketplace=AMAZON&agent=4
 * &sku=MUG-350&costBy=carrier}), so that a link shows a colleague the same reports. Dates are ISO days in the
 * viewer's zone. Anything unreadable falls back to the default (the last 90 days, everything), and a period given
 * backwards is turned round: a mangled link still opens a working dashboard.
 */
record ReportUrl(LocalDate from, LocalDate to, @Nullable Marketplace marketplace, @Nullable Category category,
                 @Nullable Long agentId, @Nullable String sku,
                 CostDimension costBy) {

    static final int DEFAULT_DAYS = 90;

    static ReportUrl defaults(LocalDate today) {
        return new ReportUrl(today.minusDays(DEFAULT_DAYS - 1L), today, null, null, null, null, CostDimension.CATEGORY);
    }

    static ReportUrl parse(QueryParameters params, LocalDate today) {
        Map<String, List<String>> p = params.getParameters();
        var d = defaults(today);
        LocalDate from = date(first(p, "from"));
        LocalDate to = date(first(p, "to"));
        if (from == null) {
            from = to == null ? d.from() : to.minusDays(DEFAULT_DAYS - 1L);
        }
        if (to == null) {
            to = from.isAfter(today) ? from : today;
        }
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        if (ChronoUnit.DAYS.between(from, to) >= ReportFilter.MAX_DAYS) {
            from = to.minusDays(ReportFilter.MAX_DAYS - 1);
        }
        CostDimension costBy = parseEnum(CostDimension.class, first(p, "costBy"));
        String sku = first(p, "sku");
        sku = sku == null || sku.isBlank() ? null : sku.strip();
        if (sku != null && sku.length() > 64) {
            sku = sku.substring(0, 64);
        }
        return new ReportUrl(from, to, parseEnum(Marketplace.class, first(p, "marketplace")),
                parseEnum(Category.class, first(p, "category")), id(first(p, "agent")), sku,
                costBy == null ? d.costBy() : costBy);
    }

    QueryParameters toQueryParameters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("from", from.toString());
        m.put("to", to.toString());
        if (marketplace != null) {
            m.put("marketplace", marketplace.name());
        }
        if (category != null) {
            m.put("category", category.name());
        }
        if (agentId != null) {
            m.put("agent", agentId.toString());
        }
        if (sku != null) {
            m.put("sku", sku);
        }
        if (costBy != CostDimension.CATEGORY) {
            m.put("costBy", costBy.name().toLowerCase(Locale.ROOT));
        }
        return QueryParameters.simple(m);
    }

    ReportFilter toFilter(ZoneId zone) {
        return new ReportFilter(from, to, zone, marketplace, category, agentId, sku);
    }

    ReportUrl withPeriod(LocalDate f, LocalDate t) { return new ReportUrl(f, t, marketplace, category, agentId, sku, costBy); }
    ReportUrl withMarketplace(Marketplace m) { return new ReportUrl(from, to, m, category, agentId, sku, costBy); }
    ReportUrl withCategory(Category c) { return new ReportUrl(from, to, marketplace, c, agentId, sku, costBy); }
    ReportUrl withAgent(Long a) { return new ReportUrl(from, to, marketplace, category, a, sku, costBy); }
    ReportUrl withSku(String s) {
        return new ReportUrl(from, to, marketplace, category, agentId, s == null || s.isBlank() ? null : s.strip(), costBy);
    }
    ReportUrl withCostBy(CostDimension c) {
        return new ReportUrl(from, to, marketplace, category, agentId, sku, c == null ? CostDimension.CATEGORY : c);
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
