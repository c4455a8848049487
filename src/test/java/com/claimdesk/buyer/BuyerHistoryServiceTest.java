package com.claimdesk.buyer;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintSeedWriter;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.security.SystemActor;
import com.claimdesk.security.UserService;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.SettlementForm;
import com.claimdesk.settlement.SettlementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The buyer's other cases on a name of its own (the demo cases in the same database never match it):
 * <pre>
 *  A  Amazon, N, DE, account ACC1: settled for USD 30.00
 *  B  Amazon, another name, DE, account ACC1: the same account under another name
 *  C  AliExpress, N, DE, no account: the same name and country
 *  D  Amazon, N, DE, account ACC2: a namesake with an account of their own
 *  E  Amazon, N, FR, no account: another country
 *  F  Amazon, N, DE, no account, opened two years ago and resolved: earlier, but outside the warning window
 *  X  Amazon, N, DE, account ACC1: the case shown
 *  Y  Own shop, N, DE, no account, opened after X: shown to see the name-and-country match; also one of X's
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuyerHistoryServiceTest {

    @Autowired
    BuyerHistoryService histories;
    @Autowired
    ComplaintService complaints;
    @Autowired
    SettlementService settlements;
    @Autowired
    ComplaintSeedWriter seedWriter;
    @Autowired
    UserService users;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final String name = "Hist " + UUID.randomUUID().toString().substring(0, 8);
    private final String acc1 = "ACC1-" + UUID.randomUUID().toString().substring(0, 8);
    private final String acc2 = "ACC2-" + UUID.randomUUID().toString().substring(0, 8);
    private String a;
    private String b;
    private String c;
    private String d;
    private String e;
    private String f;
    private long x;
    private long y;

    @BeforeAll
    void buyersCases() {
        TestUsers.login(users, "agent");
        a = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "DE", "de").buyerAccount(acc1).open(complaints);
        settle(a);
        b = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer("Renamed " + name, "DE", "de").buyerAccount(acc1)
                .open(complaints);
        c = TestCases.aCase().marketplace(Marketplace.ALIEXPRESS).buyer(name, "DE", "de").open(complaints);
        d = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "DE", "de").buyerAccount(acc2).open(complaints);
        e = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "FR", "fr").open(complaints);
        var old = TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "DE", "de").build();
        long[] fId = new long[1];
        SystemActor.run(() -> fId[0] = new TransactionTemplate(transactions).execute(s -> seedWriter.write(old,
                List.of(ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED), null, null,
                clock.instant().minus(Duration.ofDays(730)), Duration.ofHours(5))));
        f = caseNumberOf(fId[0]);
        x = complaints.get(TestCases.aCase().marketplace(Marketplace.AMAZON).buyer(name, "DE", "de").buyerAccount(acc1)
                .open(complaints)).id();
        y = complaints.get(TestCases.aCase().marketplace(Marketplace.OWN_SHOP).buyer(name, "DE", "de")
                .open(complaints)).id();
        TestUsers.logout();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private String caseNumberOf(long id) {
        return jdbc.queryForObject("SELECT case_number FROM complaint WHERE id = ?", String.class, id);
    }

    private void settle(String caseNumber) {
        complaints.assignToMe(caseNumber, complaints.get(caseNumber).version());
        complaints.changeStatus(caseNumber, complaints.get(caseNumber).version(), ComplaintStatus.NEGOTIATING);
        var form = new SettlementForm();
        form.setResolution(Resolution.PARTIAL_REFUND);
        form.setCosts(List.of(new CostLine(CostKind.REFUND, new BigDecimal("30.00"), "USD", null, null)));
        settlements.settle(complaints.get(caseNumber).id(), form);
    }

    @Test
    void a_buyer_with_an_account_is_found_by_it_under_another_name_and_by_name_where_a_case_has_no_account() {
        TestUsers.login(users, "agent");
        BuyerHistory h = histories.of(x);

        assertThat(h.matchedBy()).isEqualTo(BuyerHistory.Match.ACCOUNT_OR_NAME);
        // Y, opened after X without an account, is the same buyer by name and country: newest first
        assertThat(h.listed()).extracting(BuyerHistory.OtherCase::caseNumber).containsExactly(caseNumberOf(y), c, b, a, f);
        assertThat(h.otherCases()).isEqualTo(5);
        boolean aOpen = ComplaintStatus.openStates().contains(complaints.get(a).status());
        assertThat(h.stillOpen()).isEqualTo(3 + (aOpen ? 1 : 0));
        assertThat(h.costCurrency()).isEqualTo("USD");
        assertThat(h.totalCost()).isEqualByComparingTo("30.00");
        var settled = h.listed().get(3);
        assertThat(settled.cost()).isEqualByComparingTo("30.00");
        assertThat(settled.resolution()).isEqualTo(Resolution.PARTIAL_REFUND);
        assertThat(h.listed().get(0).cost()).isNull();
    }

    @Test
    void five_claims_within_the_year_this_one_included_warn_and_the_one_two_years_ago_does_not_count() {
        TestUsers.login(users, "agent");
        BuyerHistory h = histories.of(x);

        assertThat(h.claimsInWindow()).isEqualTo(5); // A, B, C, Y and X; F is two years old
        assertThat(h.windowDays()).isEqualTo(365);
        assertThat(h.manyClaims()).isTrue();
        assertThat(histories.claimsInWindow(x)).as("the facts line's flag counts alike").isEqualTo(5);
        assertThat(histories.isMany(5)).isTrue();
    }

    @Test
    void without_an_account_the_buyer_is_found_by_name_and_country_whatever_account_the_earlier_cases_have() {
        TestUsers.login(users, "agent");
        BuyerHistory h = histories.of(y);

        assertThat(h.matchedBy()).isEqualTo(BuyerHistory.Match.NAME_AND_COUNTRY);
        assertThat(h.listed()).extracting(BuyerHistory.OtherCase::caseNumber)
                .contains(a, c, d, f, caseNumberOf(x)).doesNotContain(b, e);
        assertThat(h.otherCases()).isEqualTo(5);
    }

    @Test
    void a_buyer_seen_once_before_gets_no_warning() {
        TestUsers.login(users, "agent");
        String other = "Once " + UUID.randomUUID().toString().substring(0, 8);
        TestCases.aCase().buyer(other, "US", "en").open(complaints);
        long now = complaints.get(TestCases.aCase().buyer(other, "US", "en").open(complaints)).id();

        BuyerHistory h = histories.of(now);

        assertThat(h.otherCases()).isEqualTo(1);
        assertThat(h.claimsInWindow()).isEqualTo(2);
        assertThat(h.manyClaims()).isFalse();
        assertThat(histories.claimsInWindow(now)).isEqualTo(2);
        assertThat(histories.isMany(2)).isFalse();
        assertThat(h.totalCost()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void only_signed_in_case_workers_read_a_buyers_history() {
        assertThatThrownBy(() -> histories.of(x)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
