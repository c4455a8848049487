package com.claimdesk.negotiation;

import com.claimdesk.TestCases;
import com.claimdesk.complaint.ComplaintSeedWriter;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.SystemActor;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.SettlementForm;
import com.claimdesk.settlement.SettlementSeedWriter;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finished peers with hand-computed outcomes, under a SKU of their own (so no other test's case and no demo case is
 * one of them at the narrowest level). All QUALITY / DAMAGED_IN_TRANSIT on Amazon, order value USD 200.00 (band
 * 100–300 USD), resolved 2 days after opening (the seed writer's two steps of a day) and settled then:
 * <pre>
 *  peer  cost USD  share  offers  resolution       buyer stays  chargeback  days
 *   1      10.00     5 %    0     EXPLANATION_ONLY  yes          no          2
 *   2      30.00    15 %    1     PARTIAL_REFUND    yes          no          2
 *   3      50.00    25 %    2     PARTIAL_REFUND    no           yes         2
 *   4      90.00    45 %    3     FULL_REFUND       unknown      yes (lost)  2
 * </pre>
 * Median share 20 %, quartiles 12.5 % and 30 % (PERCENTILE_CONT); first round (0–1 offers) median 10 %, 3+ rounds
 * 45 %; median rounds 1.5; buyer stayed 66.7 % of 3; chargebacks lost 1 of 2. Not peers at that level: the same SKU
 * at USD 2 000 (another band) and an open case of the same SKU.
 */
public final class GuidancePeers {

    public final String sku = "GDN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    private final ApplicationContext ctx;
    private final JdbcTemplate jdbc;

    public GuidancePeers(ApplicationContext ctx) {
        this.ctx = ctx;
        this.jdbc = ctx.getBean(JdbcTemplate.class);
    }

    /** Seeds the four peers and the two that are not; returns this. */
    public GuidancePeers seed() {
        return seed(1);
    }

    /**
     * Seeds the four peers {@code copies} times (the medians, quartiles and shares stay those of the table: three
     * copies make 12 peers, enough for the default {@code claimdesk.guidance.min-peers} of 10), and the two that are
     * not peers once.
     */
    public GuidancePeers seed(int copies) {
        long agentId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'agent'", Long.class);
        Instant opened = Instant.now().minus(Duration.ofDays(30));
        var tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        SystemActor.run(() -> tx.executeWithoutResult(s -> {
            for (int i = 0; i < copies; i++) {
                peer(agentId, opened, "200.00", "10.00", 0, Resolution.EXPLANATION_ONLY, true, false);
                peer(agentId, opened, "200.00", "30.00", 1, Resolution.PARTIAL_REFUND, true, false);
                peer(agentId, opened, "200.00", "50.00", 2, Resolution.PARTIAL_REFUND, false, true);
                peer(agentId, opened, "200.00", "90.00", 3, Resolution.FULL_REFUND, null, true);
            }
            peer(agentId, opened, "2000.00", "1900.00", 0, Resolution.FULL_REFUND, true, false);
            ctx.getBean(ComplaintSeedWriter.class).write(details("200.00").build(),
                    List.of(ComplaintStatus.INVESTIGATING), agentId, agentId, opened, Duration.ofDays(1));
        }));
        return this;
    }

    /** One more finished peer like peer 2, under another SKU: a peer once the SKU is dropped. */
    public void anotherProductsPeer(String otherSku) {
        long agentId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'agent'", Long.class);
        var tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        SystemActor.run(() -> tx.executeWithoutResult(s -> peer(agentId, Instant.now().minus(Duration.ofDays(20)),
                "200.00", "30.00", 1, Resolution.PARTIAL_REFUND, true, false, otherSku)));
    }

    /** A bottom line of {@code max}, saved with the suggestion {@code suggested} shown (20 %), or none when null. */
    public static BottomLineForm bottomLine(String max, String suggested) {
        var f = new BottomLineForm();
        f.setMaxAmount(new BigDecimal(max));
        f.setAcceptable(java.util.EnumSet.of(Resolution.PARTIAL_REFUND));
        if (suggested != null) {
            f.setSuggestedAmount(new BigDecimal(suggested));
            f.setSuggestedShare(new BigDecimal("20.0"));
        }
        return f;
    }

    /** A case of these peers' kind and SKU, not yet seeded. */
    public TestCases.CaseBuilder details(String orderValue) {
        return TestCases.aCase().buyer("Guidance Buyer", "US", "en").orderValue(orderValue, "USD")
                .subReason(SubReason.DAMAGED_IN_TRANSIT).marketplace(Marketplace.AMAZON).sku(sku);
    }

    private void peer(long agentId, Instant opened, String value, String cost, int offers, Resolution resolution,
                      Boolean stays, boolean chargeback) {
        peer(agentId, opened, value, cost, offers, resolution, stays, chargeback, sku);
    }

    private void peer(long agentId, Instant opened, String value, String cost, int offers, Resolution resolution,
                      Boolean stays, boolean chargeback, String peerSku) {
        long id = ctx.getBean(ComplaintSeedWriter.class).write(details(value).sku(peerSku).build(),
                List.of(ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED), agentId, agentId, opened,
                Duration.ofDays(1));
        Instant settled = opened.plus(Duration.ofDays(2));
        for (int i = 0; i < offers; i++) {
            Instant at = opened.plus(Duration.ofHours(1 + i));
            jdbc.update("""
                    INSERT INTO negotiation_offer (complaint_id, proposer, resolution, amount, currency, proposed_at,
                                                   recorded_at, recorded_by_name, answer, answered_at)
                    VALUES (?, 'BUYER', 'PARTIAL_REFUND', 10, 'USD', ?, ?, 'Li Wei', ?, ?)""",
                    id, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at),
                    i == offers - 1 ? "ACCEPTED" : "COUNTERED", java.sql.Timestamp.from(at.plusSeconds(60)));
        }
        if (chargeback) {
            jdbc.update("""
                    INSERT INTO deadline (complaint_id, kind, due_at, source, state, created_at, case_open)
                    VALUES (?, 'CHARGEBACK_RESPONSE', ?, 'ENTERED', 'MET', ?, FALSE)""",
                    id, java.sql.Timestamp.from(settled), java.sql.Timestamp.from(opened));
        }
        var form = new SettlementForm();
        form.setResolution(resolution);
        form.setBuyerStays(stays);
        form.setCosts(List.of(new CostLine(CostKind.OTHER, new BigDecimal(cost), "USD", null, null)));
        ctx.getBean(SettlementSeedWriter.class).write(id, form, settled, agentId);
    }
}
