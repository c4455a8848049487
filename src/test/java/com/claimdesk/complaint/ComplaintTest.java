package com.claimdesk.complaint;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static com.claimdesk.complaint.ComplaintStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    static ComplaintDetails details() {
        var d = new ComplaintDetails();
        d.setMarketplace(Marketplace.ALIBABA_TRADE_ASSURANCE);
        d.setOrderNumber("TA100200300400");
        d.setOrderDate(LocalDate.of(2026, 10, 1));
        d.setOrderValue(new BigDecimal("480.00"));
        d.setOrderCurrency("USD");
        d.setBuyer(new Buyer("Maria Lopez", "ES", null, "es"));
        d.setCategory(Category.NOT_RECEIVED);
        d.setSubReason(SubReason.CUSTOMS_INSPECTION);
        d.setPriority(Priority.HIGH);
        d.setClaimedAmount(new BigDecimal("480"));
        d.setClaimedCurrency("USD");
        return d;
    }

    private static Complaint newCase() {
        return new Complaint("CD-2026-000001", details(), null, T0);
    }

    @Test
    void a_new_case_starts_in_status_new_with_exact_money() {
        Complaint c = newCase();
        assertThat(c.getStatus()).isEqualTo(NEW);
        assertThat(c.getOrder().orderValue().amount()).isEqualByComparingTo("480.00");
        assertThat(c.getClaimedAmount().currencyCode()).isEqualTo("USD");
        assertThat(c.getCreatedAt()).isEqualTo(T0);
    }

    @Test
    void the_happy_path_runs_from_new_to_closed() {
        Complaint c = newCase();
        for (ComplaintStatus s : new ComplaintStatus[]{INVESTIGATING, NEGOTIATING, AWAITING_APPROVAL, RESOLVED}) {
            c.changeStatus(s, T0.plusSeconds(60));
        }
        c.close(new ClosingDetails(RootCause.CARRIER, Responsibility.CARRIER, " Insure sea freight "), T0.plusSeconds(90));
        assertThat(c.getStatus()).isEqualTo(CLOSED);
        assertThat(c.getResolvedAt()).isNotNull();
        assertThat(c.getClosedAt()).isNotNull();
        assertThat(c.getPreventionNote()).isEqualTo("Insure sea freight");
    }

    @Test
    void a_case_cannot_be_closed_without_root_cause_and_responsibility() {
        Complaint c = newCase();
        c.changeStatus(RESOLVED, T0.plusSeconds(10));
        assertThatThrownBy(() -> c.changeStatus(CLOSED, T0.plusSeconds(20)))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("complaint.close.rootCauseRequired");
        assertThatThrownBy(() -> c.close(new ClosingDetails(RootCause.PACKAGING, null, null), T0.plusSeconds(20)))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("complaint.close.rootCauseRequired");
        assertThat(c.getStatus()).isEqualTo(RESOLVED);
        assertThat(c.getRootCause()).isNull();
    }

    @Test
    void only_a_resolved_case_can_be_closed() {
        Complaint c = newCase();
        assertThatThrownBy(() -> c.close(new ClosingDetails(RootCause.PACKAGING, Responsibility.SELLER, null), T0))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("complaint.status.illegal");
        assertThat(c.getRootCause()).isNull();
    }

    @Test
    void an_illegal_step_throws_and_names_both_states() {
        Complaint c = newCase();
        assertThatThrownBy(() -> c.changeStatus(CLOSED, T0))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    var de = (DomainException) e;
                    assertThat(de.messageKey()).isEqualTo("complaint.status.illegal");
                    assertThat(de.arguments()).containsExactly(NEW, CLOSED);
                });
        assertThat(c.getStatus()).isEqualTo(NEW);
    }

    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void every_open_state_can_escalate_and_no_finished_state_can(ComplaintStatus from) {
        boolean canEscalate = from.canMoveTo(ESCALATED);
        assertThat(canEscalate).isEqualTo(from.isOpen() && from != ESCALATED);
    }

    @Test
    void reopening_a_closed_case_counts_and_clears_the_end_dates() {
        Complaint c = newCase();
        c.changeStatus(RESOLVED, T0.plusSeconds(10));
        c.close(new ClosingDetails(RootCause.UNKNOWN, Responsibility.UNKNOWN, null), T0.plusSeconds(20));
        c.changeStatus(INVESTIGATING, T0.plusSeconds(30));
        assertThat(c.getReopenCount()).isEqualTo(1);
        assertThat(c.getResolvedAt()).isNull();
        assertThat(c.getClosedAt()).isNull();
    }

    @Test
    void awaiting_approval_is_only_reached_from_negotiation() {
        Set<ComplaintStatus> from = EnumSet.noneOf(ComplaintStatus.class);
        for (ComplaintStatus s : ComplaintStatus.values()) {
            if (s.canMoveTo(AWAITING_APPROVAL)) {
                from.add(s);
            }
        }
        assertThat(from).containsExactly(NEGOTIATING);
    }

    @Test
    void a_sub_reason_of_another_category_is_refused() {
        var d = details();
        d.setSubReason(SubReason.DAMAGED_IN_TRANSIT);
        assertThat(d.isSubReasonOfCategory()).isFalse();
        assertThatThrownBy(() -> new Complaint("CD-2026-000002", d, null, T0))
                .isInstanceOf(DomainException.class).hasMessageContaining("DAMAGED_IN_TRANSIT");
    }

    @Test
    void every_sub_reason_belongs_to_exactly_one_category_and_every_category_has_some() {
        for (Category c : Category.values()) {
            assertThat(c.subReasons()).as(c.name()).isNotEmpty();
        }
        assertThat(Category.NOT_RECEIVED.subReasons()).contains(SubReason.SIGNED_BY_SOMEONE_ELSE,
                SubReason.RETURNED_TO_SENDER, SubReason.CUSTOMS_NOT_CLEARED_BY_BUYER, SubReason.NO_TRACKING);
    }

    @Test
    void negative_amounts_and_delivery_before_shipping_are_refused() {
        var negative = details();
        negative.setClaimedAmount(new BigDecimal("-1"));
        assertThatThrownBy(() -> new Complaint("CD-2026-000003", negative, null, T0))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("money.notNegative");

        var dates = details();
        dates.setShipment(dates.getShipment().withShippedOn(LocalDate.of(2026, 10, 5))
                .withDeliveredOn(LocalDate.of(2026, 10, 3)));
        assertThatThrownBy(() -> new Complaint("CD-2026-000004", dates, null, T0))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("complaint.shipment.deliveredBeforeShipped");
    }

    @Test
    void a_signer_other_than_the_buyer_is_flagged() {
        var d = details();
        d.setShipment(d.getShipment().withSignerName("J. Lopez"));
        assertThat(new Complaint("CD-2026-000005", d, null, T0).signerDiffersFromBuyer()).isTrue();
        d.setShipment(d.getShipment().withSignerName("maria lopez "));
        assertThat(new Complaint("CD-2026-000006", d, null, T0).signerDiffersFromBuyer()).isFalse();
    }

    @Test
    void tags_are_stored_trimmed_and_lower_case_without_duplicates() {
        var d = details();
        d.setTags(Set.of(" VIP", "vip", "Customs "));
        assertThat(new Complaint("CD-2026-000007", d, null, T0).getTags()).containsExactlyInAnyOrder("vip", "customs");
    }

    @Test
    void case_numbers_have_the_year_and_six_digits() {
        assertThat(CaseNumberGenerator.format(2026, 123)).isEqualTo("CD-2026-000123");
    }
}
