package com.claimdesk.negotiation;

import com.claimdesk.base.Money;
import com.claimdesk.complaint.CaseFacts;
import com.claimdesk.complaint.Cases;
import com.claimdesk.settings.RateRecord;
import com.claimdesk.settings.TeamSettingsService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settlement guidance: for a case, its finished peers (same category and sub-reason, marketplace, order-value band in
 * the base currency, SKU when known; widened step by step while there are fewer than
 * {@code claimdesk.guidance.min-peers}), how they ended, and the bottom line that follows. Aggregate queries over
 * the views the case, settlement, negotiation and deadline modules publish; the peers are found on
 * {@code ix_complaint_peers} (V160). docs/decisions/160-settlement-guidance.md says why each figure is defined so.
 */
@Service
public class GuidanceService {

    private static final String FINISHED = "c.status IN ('RESOLVED', 'CLOSED')";

    private final NamedParameterJdbcTemplate jdbc;
    private final Cases cases;
    private final TeamSettingsService settings;
    private final GuidanceProperties properties;
    private final Clock clock;

    GuidanceService(NamedParameterJdbcTemplate jdbc, Cases cases, TeamSettingsService settings,
                    GuidanceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /** The guidance for a case; empty when it has no finished peer at all (or no order value). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Optional<GuidanceSummary> forCase(long complaintId) {
        return forCase(complaintId, properties.minPeers());
    }

    Optional<GuidanceSummary> forCase(long complaintId, int minPeers) {
        CaseFacts c = cases.facts(complaintId);
        Money orderValue = c.orderValue();
        if (orderValue == null) {
            return Optional.empty();
        }
        Rates rates = rates();
        BigDecimal band = rates.toBase(orderValue);
        List<PeerLevel> levels = new ArrayList<>();
        for (PeerLevel level : PeerLevel.values()) {
            boolean skuKnown = c.sku() != null && !c.sku().isBlank();
            if ((!level.sku || skuKnown) && (!level.band || band != null)) {
                levels.add(level);
            }
        }
        PeerLevel chosen = levels.getLast();
        for (PeerLevel level : levels) {
            var p = params(c, rates, complaintId).addValue("min", minPeers);
            Integer found = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM (
                      SELECT 1 FROM complaint_facts c JOIN settlement_facts s ON s.complaint_id = c.id
                      WHERE %s AND s.base_currency = :base LIMIT :min) x""".formatted(where(level, band, rates, p)), p, Integer.class);
            if (found != null && found >= minPeers) {
                chosen = level;
                break;
            }
        }
        return statistics(c, chosen, band, rates, orderValue, minPeers);
    }

    private Optional<GuidanceSummary> statistics(CaseFacts c, PeerLevel level, @Nullable BigDecimal band, Rates rates,
                                                 Money orderValue, int minPeers) {
        var p = params(c, rates, c.id()).addValue("max", properties.maxPeers());
        String where = where(level, band, rates, p);
        // the most recently resolved peers first, from ix_complaint_peers alone (ids; ordered by an expression,
        // because ordered by the column itself MariaDB walks ix_complaint_resolved_at backwards through every case:
        // 10 s on a million), then their settlement, then per peer its offer rounds before the settlement and
        // whether a chargeback came; the window functions give the medians over all peers and per rounds group, and
        // the outer GROUP BY folds them into one row per rounds group and resolution
        String sql = """
                SELECT grp, resolution, COUNT(*) n, MAX(s25) s25, MAX(s50) s50, MAX(s75) s75, MAX(d50) d50,
                       MAX(r50) r50, MAX(g50) g50, SUM(share IS NOT NULL) with_share,
                       SUM(buyer_stays IS TRUE) stayed, SUM(buyer_stays IS NOT NULL) stays_known,
                       SUM(chargeback) chargebacks,
                       SUM(chargeback AND resolution IN ('FULL_REFUND', 'RETURN_AND_REFUND')) lost
                FROM (
                  SELECT q.*,
                         PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY share) OVER () s25,
                         PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY share) OVER () s50,
                         PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY share) OVER () s75,
                         PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days) OVER () d50,
                         PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY rounds) OVER () r50,
                         PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY share) OVER (PARTITION BY grp) g50
                  FROM (
                    SELECT r.*, CASE WHEN r.rounds <= 1 THEN 1 WHEN r.rounds >= 3 THEN 3 ELSE 2 END grp
                    FROM (
                      SELECT p.*,
                             (SELECT COUNT(*) FROM offer_facts o
                               WHERE o.complaint_id = p.id AND o.proposed_at <= p.settled_at) rounds,
                             EXISTS (SELECT 1 FROM chargeback_facts k WHERE k.complaint_id = p.id) chargeback
                      FROM (
                        SELECT c.id, s.resolution, s.buyer_stays, s.settled_at,
                               s.base_total * 100 / NULLIF(c.order_value_amount * %s, 0) share,
                               TIMESTAMPDIFF(SECOND, c.created_at, s.settled_at) / 86400 days
                        FROM (
                          SELECT c.id FROM complaint_facts c WHERE %s
                          ORDER BY c.resolved_at + INTERVAL 0 SECOND DESC LIMIT :max
                        ) ids
                        STRAIGHT_JOIN complaint_facts c ON c.id = ids.id
                        STRAIGHT_JOIN settlement_facts s ON s.complaint_id = c.id
                        WHERE s.base_currency = :base
                      ) p
                    ) r
                  ) q
                ) w GROUP BY grp, resolution""".formatted(rates.rateOf("c.order_value_currency", p), where);
        var rows = jdbc.queryForList(sql, p);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int peers = 0;
        int withShare = 0;
        int stayed = 0;
        int staysKnown = 0;
        int chargebacks = 0;
        int lost = 0;
        BigDecimal s25 = null;
        BigDecimal s50 = null;
        BigDecimal s75 = null;
        BigDecimal d50 = null;
        BigDecimal r50 = null;
        Map<Integer, Integer> groupPeers = new LinkedHashMap<>();
        Map<Integer, BigDecimal> groupShare = new LinkedHashMap<>();
        Map<Resolution, Integer> given = new EnumMap<>(Resolution.class);
        for (Map<String, Object> row : rows) {
            int n = number(row.get("n")).intValue();
            int grp = number(row.get("grp")).intValue();
            peers += n;
            withShare += number(row.get("with_share")).intValue();
            stayed += number(row.get("stayed")).intValue();
            staysKnown += number(row.get("stays_known")).intValue();
            chargebacks += number(row.get("chargebacks")).intValue();
            lost += number(row.get("lost")).intValue();
            s25 = firstOf(s25, row.get("s25"));
            s50 = firstOf(s50, row.get("s50"));
            s75 = firstOf(s75, row.get("s75"));
            d50 = firstOf(d50, row.get("d50"));
            r50 = firstOf(r50, row.get("r50"));
            groupPeers.merge(grp, n, Integer::sum);
            BigDecimal g = firstOf(groupShare.get(grp), row.get("g50"));
            if (g != null) {
                groupShare.put(grp, g);
            }
            given.merge(Resolution.valueOf((String) row.get("resolution")), n, Integer::sum);
        }
        int total = peers;
        List<GuidanceSummary.ResolutionShare> resolutions = given.entrySet().stream()
                .sorted(Map.Entry.<Resolution, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new GuidanceSummary.ResolutionShare(e.getKey(), e.getValue(), percent(e.getValue(), total)))
                .toList();
        BigDecimal median = scale1(s50);
        boolean enough = peers >= minPeers;
        Money suggested = enough && median != null ? suggestion(orderValue, median) : null;
        return Optional.of(new GuidanceSummary(level, peers, enough, resolutions, median, scale1(s25), scale1(s75),
                withShare, scale1(d50), scale1(r50), staysKnown == 0 ? null : percent(stayed, staysKnown), staysKnown,
                chargebacks, lost, group(groupPeers, groupShare, 1), group(groupPeers, groupShare, 3), orderValue,
                suggested));
    }

    /** The order value times the median share, to the currency's smallest unit. */
    static Money suggestion(Money orderValue, BigDecimal medianSharePercent) {
        int digits = Math.max(orderValue.currency().getDefaultFractionDigits(), 0);
        return new Money(orderValue.amount().multiply(medianSharePercent)
                .divide(BigDecimal.valueOf(100), digits, RoundingMode.HALF_UP), orderValue.currency());
    }

    private static GuidanceSummary.RoundsGroup group(Map<Integer, Integer> peers, Map<Integer, BigDecimal> share,
                                                     int grp) {
        return new GuidanceSummary.RoundsGroup(peers.getOrDefault(grp, 0), scale1(share.get(grp)));
    }

    private MapSqlParameterSource params(CaseFacts c, Rates rates, long self) {
        return new MapSqlParameterSource()
                .addValue("self", self)
                .addValue("category", c.category().name())
                .addValue("subReason", c.subReason().name())
                .addValue("marketplace", c.marketplace().name())
                .addValue("sku", c.sku())
                .addValue("base", rates.base());
    }

    /** The peers of a level (alias {@code c}): finished cases, the case itself left out. */
    private String where(PeerLevel level, @Nullable BigDecimal band, Rates rates, MapSqlParameterSource p) {
        StringBuilder sql = new StringBuilder("c.category = :category");
        if (level.subReason) {
            sql.append(" AND c.sub_reason = :subReason");
        }
        if (level.marketplace) {
            sql.append(" AND c.marketplace = :marketplace");
        }
        if (level.sku) {
            sql.append(" AND c.sku = :sku");
        }
        sql.append(" AND ").append(FINISHED).append(" AND c.id <> :self");
        if (level.band && band != null) {
            sql.append(" AND (").append(rates.band(bandOf(band), p)).append(")");
        }
        return sql.toString();
    }

    /** The band holding a base amount: [lower, upper), the upper bound null for the last band. */
    private BigDecimal[] bandOf(BigDecimal baseAmount) {
        BigDecimal lower = BigDecimal.ZERO;
        for (BigDecimal upper : properties.bands()) {
            if (baseAmount.compareTo(upper) < 0) {
                return new BigDecimal[] {lower, upper};
            }
            lower = upper;
        }
        return new BigDecimal[] {lower, null};
    }

    /** The team's current rates into its base currency (the latest valid today for each currency). */
    private Rates rates() {
        String base = settings.limits().baseCurrency();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, RateRecord> latest = new LinkedHashMap<>();
        for (RateRecord r : settings.rates()) {
            if (r.baseCurrency().equals(base) && !r.validFrom().isAfter(today)) {
                latest.merge(r.currency(), r, (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
            }
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put(base, BigDecimal.ONE);
        latest.forEach((currency, r) -> rates.put(currency, r.rate()));
        return new Rates(base, rates);
    }

    /** Rates as SQL: a CASE over the order's currency, and a band as one amount range per currency. */
    private record Rates(String base, Map<String, BigDecimal> rates) {

        @Nullable BigDecimal toBase(Money amount) {
            BigDecimal rate = rates.get(amount.currencyCode());
            return rate == null ? null : amount.amount().multiply(rate);
        }

        String rateOf(String column, MapSqlParameterSource p) {
            StringBuilder sql = new StringBuilder("(CASE ").append(column);
            int i = 0;
            for (var e : rates.entrySet()) {
                p.addValue("rc" + i, e.getKey()).addValue("rr" + i, e.getValue());
                sql.append(" WHEN :rc").append(i).append(" THEN :rr").append(i);
                i++;
            }
            return sql.append(" END)").toString();
        }

        String band(BigDecimal[] band, MapSqlParameterSource p) {
            List<String> ranges = new ArrayList<>();
            int i = 0;
            for (var e : rates.entrySet()) {
                String range = "c.order_value_currency = :bc" + i + " AND c.order_value_amount >= :bl" + i
                        + (band[1] == null ? "" : " AND c.order_value_amount < :bu" + i);
                p.addValue("bc" + i, e.getKey())
                        .addValue("bl" + i, band[0].divide(e.getValue(), 4, RoundingMode.HALF_UP));
                if (band[1] != null) {
                    p.addValue("bu" + i, band[1].divide(e.getValue(), 4, RoundingMode.HALF_UP));
                }
                ranges.add("(" + range + ")");
                i++;
            }
            return String.join(" OR ", ranges);
        }
    }

    private static Number number(@Nullable Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static @Nullable BigDecimal firstOf(@Nullable BigDecimal found, @Nullable Object value) {
        if (found != null || value == null) {
            return found;
        }
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    private static @Nullable BigDecimal scale1(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
