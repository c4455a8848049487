package com.claimdesk.buyer;

import com.claimdesk.base.NotFoundException;
import com.claimdesk.buyer.BuyerHistory.OtherCase;
import com.claimdesk.buyer.BuyerHistory.Match;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.negotiation.Resolution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Finds the other cases of a case's buyer. The same buyer is, on the same marketplace, the same account ID; and,
 * on any marketplace, the same name and country unless both cases name an account and the accounts differ (two
 * buyers called Maria García in Spain with their own accounts are two buyers). Each way is one range of an index
 * ({@code ix_complaint_buyer_account}, {@code ix_complaint_buyer_name_country}); a buyer with thousands of cases
 * costs one aggregate and one page of ten rows.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('AGENT')")
public class BuyerHistoryService {

    private static final String OPEN_STATES = "('" + String.join("','",
            ComplaintStatus.openStates().stream().map(Enum::name).sorted().toList()) + "')";

    /** The ids of the buyer's other cases (parameters: id, marketplace, account, name, country). */
    private static final String SAME_BUYER = """
            SELECT id FROM complaint_buyer_facts
             WHERE :account IS NOT NULL AND marketplace = :marketplace AND buyer_account = :account AND id <> :id
            UNION
            SELECT id FROM complaint_buyer_facts
             WHERE buyer_name = :name AND buyer_country = :country AND id <> :id
               AND (:account IS NULL OR buyer_account IS NULL OR buyer_account = :account)""";

    private static final String BASE_CURRENCY = "(SELECT base_currency FROM team_settings_facts)";

    private final NamedParameterJdbcTemplate jdbc;
    private final BuyerHistoryProperties properties;
    private final Clock clock;

    BuyerHistoryService(NamedParameterJdbcTemplate jdbc, BuyerHistoryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The history of the buyer of the case with this id. */
    public BuyerHistory of(long caseId) {
        var p = buyerOf(caseId);
        record Totals(String base, long cases, long open, long recent, BigDecimal cost) {
        }
        // the base currency comes with the totals: one statement fewer on every case page
        Totals totals = jdbc.queryForObject("""
                SELECT %1$s base, COUNT(*) n, COALESCE(SUM(c.status IN %2$s), 0) open_now,
                       COALESCE(SUM(c.created_at >= :since), 0) recent, COALESCE(SUM(s.base_total), 0) cost
                FROM (%3$s) b JOIN complaint_buyer_facts c ON c.id = b.id
                LEFT JOIN settlement_facts s ON s.complaint_id = c.id AND s.base_currency = %1$s""".formatted(
                BASE_CURRENCY, OPEN_STATES, SAME_BUYER), p,
                (rs, i) -> new Totals(rs.getString("base"), rs.getLong("n"), rs.getLong("open_now"),
                        rs.getLong("recent"), rs.getBigDecimal("cost")));
        String base = totals.base();
        p.addValue("base", base);

        p.addValue("limit", properties.listed());
        List<OtherCase> listed = jdbc.query("""
                SELECT c.case_number, c.marketplace, c.category, c.sub_reason, c.status, c.created_at,
                       s.resolution, s.base_total
                FROM (%s) b JOIN complaint_buyer_facts c ON c.id = b.id
                LEFT JOIN settlement_facts s ON s.complaint_id = c.id AND s.base_currency = :base
                ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""".formatted(SAME_BUYER), p, (rs, i) -> {
            BigDecimal cost = rs.getBigDecimal("base_total");
            return new OtherCase(rs.getString("case_number"), Marketplace.valueOf(rs.getString("marketplace")),
                    Category.valueOf(rs.getString("category")), SubReason.valueOf(rs.getString("sub_reason")),
                    ComplaintStatus.valueOf(rs.getString("status")),
                    rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    rs.getString("resolution") == null ? null : Resolution.valueOf(rs.getString("resolution")),
                    cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP));
        });

        long claimsInWindow = totals.recent() + 1; // the case shown is a claim too
        return new BuyerHistory(p.getValue("account") == null ? Match.NAME_AND_COUNTRY : Match.ACCOUNT_OR_NAME,
                totals.cases(), totals.open(), claimsInWindow, properties.window().toDays(),
                claimsInWindow >= properties.manyClaims(), base,
                totals.cost().setScale(2, RoundingMode.HALF_UP), listed);
    }

    /**
     * Whether the buyer of this case has claimed often lately ({@link BuyerHistory#manyClaims()}), and how often: the
     * buyer's claims within the window, this case included. Two statements, for the flag on the facts line.
     */
    public long claimsInWindow(long caseId) {
        var p = buyerOf(caseId);
        Long recent = jdbc.queryForObject("""
                SELECT COUNT(*) FROM (%s) b JOIN complaint_buyer_facts c ON c.id = b.id
                WHERE c.created_at >= :since""".formatted(SAME_BUYER), p, Long.class);
        return (recent == null ? 0 : recent) + 1;
    }

    /** Whether {@code claims} within the window call for the warning. */
    public boolean isMany(long claims) {
        return claims >= properties.manyClaims();
    }

    /** The warning window in days. */
    public long windowDays() {
        return properties.window().toDays();
    }

    /** The parameters of {@link #SAME_BUYER} for the case with this id, and the start of the warning window. */
    private MapSqlParameterSource buyerOf(long caseId) {
        var p = new MapSqlParameterSource("id", caseId);
        List<MapSqlParameterSource> own = jdbc.query("""
                SELECT marketplace, buyer_account, buyer_name, buyer_country FROM complaint_buyer_facts WHERE id = :id""",
                p, (rs, i) -> new MapSqlParameterSource()
                        .addValue("marketplace", rs.getString("marketplace"))
                        .addValue("account", rs.getString("buyer_account"))
                        .addValue("name", rs.getString("buyer_name"))
                        .addValue("country", rs.getString("buyer_country")));
        if (own.isEmpty()) {
            throw new NotFoundException("complaint.error.notFound", "No case with id " + caseId, caseId);
        }
        p.addValues(own.getFirst().getValues());
        p.addValue("since", LocalDateTime.ofInstant(clock.instant().minus(properties.window()), ZoneOffset.UTC));
        return p;
    }
}
