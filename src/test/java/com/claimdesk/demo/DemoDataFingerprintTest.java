package com.claimdesk.demo;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data stays the data that the screenshots, the browser journeys and the benchmarks were made with: every
 * fact, status step, settlement and message of the plan, for a fixed "now", hashes to the figure below. The figure
 * was taken from the seeder before its texts moved to src/main/resources/demo/. A change on purpose (a new text, a
 * new rule) updates the figure, after checking that the journeys still find what they look for.
 */
class DemoDataFingerprintTest {

    private static final String FINGERPRINT = "e926fbf2f58bfe30e4adc1a7a9667d04e60bdf14d1eb6e1b4b2fb93b8e6f270e";

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Map<String, Long> USERS = Map.of("agent", 1L, "agent2", 2L, "agent3", 3L, "manager", 4L,
            "lead", 5L, "admin", 6L);

    @Test
    void the_seed_gives_the_demo_data_the_journeys_and_screenshots_were_made_with() throws Exception {
        String text = describe(DemoCasePlanner.plan(new Random(DemoCasePlanner.SEED), NOW, USERS));
        String hash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(hash).as("fingerprint of the demo data; its first case:%n%s", text.lines().limit(6)
                .reduce("", (a, b) -> a + b + "\n")).isEqualTo(FINGERPRINT);
    }

    private static String describe(List<DemoCase> plan) {
        StringBuilder out = new StringBuilder();
        long id = 1;
        for (var c : plan) {
            var d = c.details();
            join(out, d.getMarketplace(), d.getOrderNumber(), d.getOrderDate(), d.getOrderValue(), d.getOrderCurrency(),
                    d.getShippingCost(), d.getOrderItems(), d.getClaimedAmount(), d.getClaimedCurrency(), d.getBuyer(),
                    d.getShipment(), d.getCategory(), d.getSubReason(), d.getPriority(), d.getSummary(), d.getSku(),
                    d.getTags());
            join(out, c.statusPath(), c.assignee(), c.assigneeId(), c.createdById(), c.createdAt(), c.stepEvery());
            if (c.closing() != null) {
                out.append("closing ");
                join(out, c.closing().getRootCause(), c.closing().getResponsibility(),
                        c.closing().getPreventionNote());
            }
            if (c.settlement() != null) {
                var s = c.settlement();
                out.append("settlement ");
                join(out, s.getResolution(), s.getBuyerStays(), s.getFeedback(), s.getNote());
                for (var line : s.getCosts()) {
                    out.append("  cost ");
                    join(out, line.getKind(), line.getAmount(), line.getCurrency(), line.getNote());
                }
            }
            for (var m : DemoConversations.of(c, "Agent Name", NOW)) {
                // the empty last value ends the line with a bar, as the first fingerprint's did
                join(out, id, m.kind(), m.channel(), m.authorId(), m.authorName(), m.language(), m.body(), m.sentAt(),
                        "");
            }
            id++;
        }
        return out.toString();
    }

    private static void join(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : "|").append(values[i]);
        }
        out.append('\n');
    }
}
