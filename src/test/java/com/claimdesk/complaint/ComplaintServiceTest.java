package com.claimdesk.complaint;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.security.UserService;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ComplaintServiceTest {

    @Autowired
    ComplaintService service;
    @Autowired
    UserService users;
    @Autowired
    com.claimdesk.audit.AuditService auditService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestUsers.login(users, "agent");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static ComplaintDetails uniqueDetails(String marker) {
        var d = ComplaintTest.details();
        d.setOrderNumber("T-" + marker);
        d.setBuyer(d.getBuyer().withBuyerName("Buyer " + marker));
        return d;
    }

    @Test
    void opening_a_case_stores_it_with_a_new_case_number_and_exact_money() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        var d = uniqueDetails(marker);
        d.setOrderValue(new BigDecimal("1234.56"));
        d.setOrderCurrency("EUR");
        d.setClaimedAmount(new BigDecimal("99.99"));
        d.setClaimedCurrency("GBP");
        d.setTags(Set.of("Chargeback-Risk"));

        String caseNumber = service.open(d);

        assertThat(caseNumber).matches("CD-\\d{4}-\\d{6}");
        var s = service.get(caseNumber);
        assertThat(s.status()).isEqualTo(ComplaintStatus.NEW);
        assertThat(s.details().getOrderValue()).isEqualByComparingTo("1234.56");
        assertThat(s.details().getOrderCurrency()).isEqualTo("EUR");
        assertThat(s.details().getClaimedAmount()).isEqualByComparingTo("99.99");
        assertThat(s.details().getClaimedCurrency()).isEqualTo("GBP");
        assertThat(s.details().getTags()).containsExactly("chargeback-risk");
        assertThat(s.createdByName()).isEqualTo("Li Wei 李伟");
    }

    @Test
    void case_numbers_stay_unique_when_agents_open_cases_at_the_same_time() throws Exception {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    var ctx = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
                    ctx.setAuthentication(auth);
                    org.springframework.security.core.context.SecurityContextHolder.setContext(ctx);
                    numbers.add(service.open(uniqueDetails("par-" + n + "-" + UUID.randomUUID())));
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        assertThat(numbers).hasSize(20);
    }

    @Test
    void the_server_refuses_invalid_details_even_when_the_form_is_bypassed() {
        var d = uniqueDetails("invalid");
        d.setBuyer(d.getBuyer().withBuyerName(" "));
        d.setOrderValue(new BigDecimal("-5"));
        assertThatThrownBy(() -> service.open(d))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .anyMatch(p -> p.endsWith("buyerName"))
                        .anyMatch(p -> p.endsWith("orderValue")));
    }

    @Test
    void the_servers_messages_come_in_the_users_language() {
        var d = uniqueDetails("zh");
        d.setBuyer(d.getBuyer().withBuyerName(""));
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            assertThatThrownBy(() -> service.open(d))
                    .isInstanceOf(ConstraintViolationException.class)
                    .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                            .extracting(jakarta.validation.ConstraintViolation::getMessage)
                            .allSatisfy(m -> assertThat(m).matches(".*\\p{IsHan}.*").doesNotContain("{")));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void the_server_refuses_a_sub_reason_of_another_category() {
        var d = uniqueDetails("mismatch");
        d.setSubReason(SubReason.WRONG_MODEL);
        assertThatThrownBy(() -> service.open(d)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void status_changes_follow_the_lifecycle_and_bump_the_version() {
        String caseNumber = service.open(uniqueDetails(UUID.randomUUID().toString()));
        var s = service.get(caseNumber);
        var investigating = service.changeStatus(caseNumber, s.version(), ComplaintStatus.INVESTIGATING);
        assertThat(investigating.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(investigating.version()).isGreaterThan(s.version());
        assertThat(investigating.allowedNext()).contains(ComplaintStatus.NEGOTIATING).doesNotContain(ComplaintStatus.CLOSED);

        assertThatThrownBy(() -> service.changeStatus(caseNumber, investigating.version(), ComplaintStatus.CLOSED))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("complaint.status.illegal");
    }

    @Test
    void a_change_from_a_stale_page_is_refused_and_nothing_is_overwritten() {
        String caseNumber = service.open(uniqueDetails(UUID.randomUUID().toString()));
        var seenByBoth = service.get(caseNumber);
        var first = seenByBoth.details();
        first.setSummary("First agent's note");
        service.update(caseNumber, seenByBoth.version(), first);

        var second = service.get(caseNumber).details();
        second.setSummary("Second agent, from an old page");
        assertThatThrownBy(() -> service.update(caseNumber, seenByBoth.version(), second))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("complaint.error.stale");
        assertThat(service.get(caseNumber).details().getSummary()).isEqualTo("First agent's note");
    }

    @Test
    void assigning_to_me_puts_the_case_into_my_open_queue() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = service.open(uniqueDetails(marker));
        var mine = new QueueFilter(ComplaintStatus.openStates(), null, null, QueueFilter.AssigneeScope.ME, marker);
        var unassigned = new QueueFilter(EnumSet.noneOf(ComplaintStatus.class), null, null,
                QueueFilter.AssigneeScope.UNASSIGNED, marker);
        assertThat(service.queue(mine, null, 0, 50)).isEmpty();
        assertThat(service.queue(unassigned, null, 0, 50)).extracting(ComplaintListItem::caseNumber).containsExactly(caseNumber);

        service.assignToMe(caseNumber, service.get(caseNumber).version());

        assertThat(service.queue(mine, null, 0, 50)).extracting(ComplaintListItem::caseNumber).containsExactly(caseNumber);
        assertThat(service.queue(unassigned, null, 0, 50)).isEmpty();
    }

    @Test
    void the_queue_filters_by_status_category_marketplace_and_free_text() {
        String marker = "FLT" + UUID.randomUUID().toString().substring(0, 6);
        var amazon = uniqueDetails(marker + "-A");
        amazon.setMarketplace(Marketplace.AMAZON);
        amazon.setShipment(amazon.getShipment().withTrackingNumber("LX" + marker + "CN"));
        var quality = uniqueDetails(marker + "-Q");
        quality.setCategory(Category.QUALITY);
        quality.setSubReason(SubReason.DAMAGED_IN_TRANSIT);
        String a = service.open(amazon);
        String q = service.open(quality);
        service.changeStatus(q, service.get(q).version(), ComplaintStatus.RESOLVED);

        var any = QueueFilter.AssigneeScope.ANYONE;
        assertThat(service.queue(new QueueFilter(null, null, null, any, marker), null, 0, 50))
                .extracting(ComplaintListItem::caseNumber).containsExactlyInAnyOrder(a, q);
        assertThat(service.queue(new QueueFilter(ComplaintStatus.openStates(), null, null, any, marker), null, 0, 50))
                .extracting(ComplaintListItem::caseNumber).containsExactly(a);
        assertThat(service.queue(new QueueFilter(null, Category.QUALITY, null, any, marker), null, 0, 50))
                .extracting(ComplaintListItem::caseNumber).containsExactly(q);
        assertThat(service.queue(new QueueFilter(null, null, Marketplace.AMAZON, any, marker), null, 0, 50))
                .extracting(ComplaintListItem::caseNumber).containsExactly(a);
        // tracking number, case number, order number and buyer name are searched
        assertThat(service.queue(new QueueFilter(null, null, null, any, "LX" + marker), null, 0, 50))
                .extracting(ComplaintListItem::caseNumber).containsExactly(a);
        assertThat(service.queue(new QueueFilter(null, null, null, any, q), null, 0, 50))
                .extracting(ComplaintListItem::caseNumber).containsExactly(q);
        assertThat(service.queue(new QueueFilter(null, null, null, any, "buyer " + marker.toLowerCase() + "-q"), null, 0, 50))
                .extracting(ComplaintListItem::caseNumber).containsExactly(q);
    }

    @Test
    void like_wildcards_typed_by_a_user_are_searched_literally() {
        var all = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, "%");
        assertThat(service.queue(all, null, 0, 50)).isEmpty();
    }

    @Test
    void pages_do_not_overlap_and_follow_the_sort() {
        String marker = "PG" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 8; i++) {
            service.open(uniqueDetails(marker + "-" + i));
        }
        var filter = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, marker);
        var sort = new QueueSort(QueueSort.Field.CREATED, false);
        var first = service.queue(filter, sort, 0, 5);
        var second = service.queue(filter, sort, 5, 5);
        assertThat(first).hasSize(5);
        assertThat(second).hasSize(3);
        Set<String> seen = new HashSet<>();
        first.forEach(i -> seen.add(i.caseNumber()));
        second.forEach(i -> assertThat(seen.add(i.caseNumber())).as("no overlap").isTrue());
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i - 1).createdAt()).isAfterOrEqualTo(first.get(i).createdAt());
        }
    }

    @Test
    void every_change_is_written_to_the_audit_trail_with_old_and_new_values() {
        String caseNumber = service.open(uniqueDetails(UUID.randomUUID().toString()));
        var s = service.get(caseNumber);
        var edited = s.details();
        edited.setPriority(Priority.URGENT);
        edited.setShipment(edited.getShipment().withCarrier("DHL Express"));
        s = service.update(caseNumber, s.version(), edited);
        s = service.changeStatus(caseNumber, s.version(), ComplaintStatus.INVESTIGATING);
        s = service.assignToMe(caseNumber, s.version());

        var history = auditService.history(s.id());
        assertThat(history).extracting(r -> r.action().name() + ":" + r.field() + ":" + r.oldValue() + "->" + r.newValue())
                .containsExactly(
                        "CASE_OPENED:null:null->" + caseNumber,
                        "FIELD_CHANGED:priority:HIGH->URGENT",
                        "FIELD_CHANGED:carrier:null->DHL Express",
                        "STATUS_CHANGED:status:NEW->INVESTIGATING",
                        "ASSIGNED:assignee:null->Li Wei 李伟");
        assertThat(history).allSatisfy(r -> assertThat(r.actorName()).isEqualTo("Li Wei 李伟"));
        assertThat(s.updatedByName()).isEqualTo("Li Wei 李伟");
    }

    @Test
    void audit_rows_can_be_neither_changed_nor_deleted_even_with_plain_sql() {
        String caseNumber = service.open(uniqueDetails(UUID.randomUUID().toString()));
        long id = service.get(caseNumber).id();
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor_name = 'someone' WHERE complaint_id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE complaint_id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(auditService.history(id)).hasSize(1);
    }

    @Test
    void an_unknown_case_number_is_not_found() {
        assertThatThrownBy(() -> service.get("CD-1999-999999")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobody_signed_in_cannot_read_or_change_cases() {
        TestUsers.logout();
        assertThatThrownBy(() -> service.queue(QueueFilter.myOpenCases(), null, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_admin_without_a_case_role_cannot_open_cases() {
        TestUsers.login(users, "admin");
        assertThatThrownBy(() -> service.open(uniqueDetails("admin"))).isInstanceOf(AccessDeniedException.class);
    }
}
