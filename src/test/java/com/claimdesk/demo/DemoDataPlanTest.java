package com.claimdesk.demo;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Complaint;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data is what a team would meet: varied, valid, reproducible. */
class DemoDataPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Map<String, Long> USERS = Map.of("agent", 1L, "agent2", 2L, "agent3", 3L, "manager", 4L,
            "lead", 5L, "admin", 6L);

    private final List<DemoCase> plan = DemoCasePlanner.plan(new Random(DemoCasePlanner.SEED), NOW, USERS);

    @Test
    void the_plan_has_three_hundred_cases_that_pass_validation_and_the_aggregate_rules() {
        assertThat(plan).hasSize(300);
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            for (var c : plan) {
                assertThat(validator.validate(c.details())).as(c.details().getOrderNumber()).isEmpty();
                var complaint = new Complaint("CD-2026-000001", c.details(), null, c.createdAt());
                Instant t = c.createdAt();
                for (ComplaintStatus s : c.statusPath()) {
                    t = t.plus(c.stepEvery());
                    if (s == ComplaintStatus.CLOSED) {
                        complaint.close(c.closing(), t); // a closed demo case has its root cause
                    } else {
                        complaint.changeStatus(s, t); // throws on an illegal step
                    }
                }
                assertThat(t).isBefore(NOW);
            }
        }
    }

    @Test
    void every_finished_case_has_a_valid_settlement_and_every_closed_case_a_root_cause() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            for (var c : plan) {
                assertThat(c.settlement() != null).as(c.details().getOrderNumber()).isEqualTo(!c.open());
                if (c.settlement() != null) {
                    assertThat(validator.validate(c.settlement())).isEmpty();
                    assertThat(c.resolvedAt()).isBefore(NOW);
                }
                assertThat(c.closing() != null).isEqualTo(c.statusPath().contains(ComplaintStatus.CLOSED));
            }
        }
        assertThat(plan.stream().filter(c -> c.settlement() != null).flatMap(c -> c.settlement().getCosts().stream())
                .map(com.claimdesk.settlement.CostLine::getKind).distinct())
                .contains(com.claimdesk.settlement.CostKind.REFUND, com.claimdesk.settlement.CostKind.FREIGHT_OUT,
                        com.claimdesk.settlement.CostKind.REPLACEMENT_GOODS, com.claimdesk.settlement.CostKind.COUPON);
    }

    @Test
    void every_category_sub_reason_marketplace_and_status_occurs() {
        assertThat(plan.stream().map(c -> c.details().getCategory()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Category.values());
        assertThat(plan.stream().map(c -> c.details().getSubReason()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SubReason.values());
        assertThat(plan.stream().map(c -> c.details().getMarketplace()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Marketplace.values());
        assertThat(plan.stream().map(DemoCase::finalStatus).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ComplaintStatus.values());
        Set<String> currencies = new HashSet<>();
        plan.forEach(c -> currencies.add(c.details().getOrderCurrency()));
        assertThat(currencies).contains("USD", "EUR", "GBP", "CNY");
    }

    @Test
    void the_demo_agent_has_a_full_queue_of_open_cases() {
        long open = plan.stream().filter(c -> "agent".equals(c.assignee()) && c.finalStatus().isOpen()).count();
        assertThat(open).isGreaterThanOrEqualTo(40);
        assertThat(plan.stream().filter(c -> c.assignee() == null).count()).isPositive();
    }

    @Test
    void the_same_seed_gives_the_same_cases() {
        var again = DemoCasePlanner.plan(new Random(DemoCasePlanner.SEED), NOW, USERS);
        assertThat(again).extracting(c -> c.details().getOrderNumber())
                .containsExactlyElementsOf(plan.stream().map(c -> c.details().getOrderNumber()).toList());
        assertThat(EnumSet.copyOf(plan.stream().map(DemoCase::finalStatus).toList())).isNotEmpty();
    }
}
