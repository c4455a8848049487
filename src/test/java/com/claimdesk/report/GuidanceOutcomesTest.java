package com.claimdesk.report;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.report.ReportRows.GuidanceOutcome;
import com.claimdesk.security.UserService;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.SettlementForm;
import com.claimdesk.settlement.SettlementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** "Did following the suggestion pay?" on cases settled through the services today, under a SKU of their own. */
@IntegrationTest
class GuidanceOutcomesTest {

    @Autowired ReportService reports;
    @Autowired ComplaintService complaints;
    @Autowired NegotiationService negotiation;
    @Autowired SettlementService settlements;
    @Autowired UserService users;
    @Autowired Clock clock;

    private final String sku = "GDR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    /** Opens a case, saves its bottom line (with the suggestion shown, if any) and settles it at {@code cost} USD. */
    private void settled(String orderValue, String bottomLine, String suggested, String cost) {
        String number = TestCases.aCase().buyer("Guidance Report Buyer", "US", "en").orderValue(orderValue, "USD")
                .sku(sku).open(complaints);
        long id = complaints.get(number).id();
        complaints.assignToMe(number, complaints.get(number).version());
        complaints.changeStatus(number, complaints.get(number).version(), ComplaintStatus.INVESTIGATING);
        negotiation.setBottomLine(id, com.claimdesk.negotiation.GuidancePeers.bottomLine(bottomLine, suggested));
        var form = new SettlementForm();
        form.setResolution(Resolution.PARTIAL_REFUND);
        form.setCosts(List.of(new CostLine(CostKind.OTHER, new BigDecimal(cost), "USD", null, null)));
        settlements.settle(id, form);
    }

    @Test
    void settled_cases_that_kept_the_suggestion_are_compared_with_those_that_changed_it() {
        TestUsers.login(users, "agent");
        settled("100.00", "20.00", "20.00", "20.00");   // followed: 20 % of the order value
        settled("100.00", "30.00", "30.00", "40.00");   // followed: 40 %
        settled("200.00", "90.00", "60.00", "100.00");  // changed: 50 %
        settled("200.00", "90.00", null, "150.00");     // no suggestion shown: not in the report
        TestUsers.login(users, "manager");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        List<GuidanceOutcome> rows = reports.guidanceOutcomes(
                new ReportFilter(today, today, ZoneOffset.UTC, null, null, null, sku));

        assertThat(rows).hasSize(2);
        GuidanceOutcome followed = rows.get(0);
        assertThat(followed.followed()).isTrue();
        assertThat(followed.cases()).isEqualTo(2);
        assertThat(followed.averageSharePercent()).isEqualByComparingTo("30.0");
        assertThat(followed.averageRounds()).isEqualByComparingTo("0.0");
        assertThat(followed.averageDaysToSettle()).isEqualByComparingTo("0.0");
        GuidanceOutcome changed = rows.get(1);
        assertThat(changed.followed()).isFalse();
        assertThat(changed.cases()).isEqualTo(1);
        assertThat(changed.averageSharePercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void without_any_suggestion_both_rows_are_empty() {
        TestUsers.login(users, "manager");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        var rows = reports.guidanceOutcomes(new ReportFilter(today, today, ZoneOffset.UTC, null, null, null, sku));

        assertThat(rows).extracting(GuidanceOutcome::cases).containsExactly(0L, 0L);
        assertThat(rows).extracting(GuidanceOutcome::averageSharePercent).containsOnlyNulls();
    }
}
