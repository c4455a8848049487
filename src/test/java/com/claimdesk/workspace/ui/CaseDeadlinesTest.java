package com.claimdesk.workspace.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.deadline.DeadlineKind;
import com.claimdesk.deadline.DeadlineService;
import com.claimdesk.deadline.DeadlineState;
import com.claimdesk.deadline.DeadlineSummary;
import com.claimdesk.deadline.PlatformEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The case header's deadlines and the late-delivery prevention banner. */
class CaseDeadlinesTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    Clock clock;

    private com.claimdesk.complaint.ComplaintSnapshot openCase(Marketplace marketplace, LocalDate promised) {
        return TestCases.aCase().buyer("Header Buyer", "DE", "de").orderValue("300.00", "EUR")
                .subReason(SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME).marketplace(marketplace).shipped(8, promised)
                .openAndTake(complaints);
    }

    private DeadlineSummary pending(long complaintId, DeadlineKind kind) {
        return deadlines.forCase(complaintId).stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void the_header_shows_every_open_deadline_and_one_can_be_marked_met() {
        login("agent");
        var s = openCase(Marketplace.ALIEXPRESS, LocalDate.now(clock).plusDays(20));
        navigate("cases/" + s.caseNumber());
        var first = pending(s.id(), DeadlineKind.FIRST_RESPONSE);
        var resolution = pending(s.id(), DeadlineKind.RESOLUTION_TARGET);
        var delivery = pending(s.id(), DeadlineKind.PROMISED_DELIVERY);
        for (var d : java.util.List.of(first, resolution, delivery)) {
            assertThat(_find(Div.class, spec -> spec.withId("deadline-" + d.id()))).as(d.kind().name()).hasSize(1);
        }
        var chip = _get(Div.class, spec -> spec.withId("deadline-" + first.id()));
        assertThat(chip.getElement().getText() + chip.getChildren().map(c -> c.getElement().getText()).toList())
                .contains("First response").contains("due in");
        assertThat(_find(Div.class, spec -> spec.withId("prevention-banner"))).as("no visible banner").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("deadline-met-" + first.id())));

        assertThat(pending(s.id(), DeadlineKind.FIRST_RESPONSE).state()).isEqualTo(DeadlineState.MET);
        assertThat(_find(Div.class, spec -> spec.withId("deadline-" + first.id()))).isEmpty();
    }

    @Test
    void the_prevention_banner_asks_to_extend_the_delivery_date_until_it_is_marked_extended() {
        login("agent");
        var s = openCase(Marketplace.ALIBABA_TRADE_ASSURANCE, LocalDate.now(clock).plusDays(2));
        navigate("cases/" + s.caseNumber());
        var banner = _get(Div.class, spec -> spec.withId("prevention-banner"));
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getChildren().map(c -> c.getElement().getText()).toList())
                .anySatisfy(t -> assertThat(t).startsWith("Extend the delivery date on the platform"));

        _click(_get(Button.class, spec -> spec.withId("prevention-mark-extended")));
        // no date: refused in the dialog, nothing saved
        _click(_get(Button.class, spec -> spec.withId("prevention-save")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("prevention-new-date")).isInvalid()).isTrue();
        LocalDate newDate = LocalDate.now(clock).plusDays(12);
        TestFields.set(_get(DatePicker.class, spec -> spec.withId("prevention-new-date")), newDate);
        TestFields.set(_get(TextField.class, spec -> spec.withId("prevention-reason")), "Extended on Alibaba.com");
        _click(_get(Button.class, spec -> spec.withId("prevention-save")));

        var delivery = pending(s.id(), DeadlineKind.PROMISED_DELIVERY);
        assertThat(delivery.state()).isEqualTo(DeadlineState.EXTENDED);
        assertThat(delivery.due()).isEqualTo(deadlines.workingCalendar().endOf(newDate));
        assertThat(delivery.extendedByName()).isEqualTo("Li Wei 李伟");
        assertThat(_find(Div.class, spec -> spec.withId("prevention-banner"))).as("no visible banner").isEmpty();

        // the case's own promised date is the platform's new one: on the page at once, stored, in the history
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("tab-details")));
        var form = _get(com.claimdesk.complaint.ui.ComplaintForm.class);
        assertThat(form.promisedDeliveryOn.getValue()).isEqualTo(newDate);
        assertThat(complaints.get(s.caseNumber()).details().getShipment().promisedDeliveryOn()).isEqualTo(newDate);
        // and saving the form afterwards keeps the extension (the deadline is not reset to the case's date)
        TestFields.set(form.carrier, "Cainiao");
        _click(_get(Button.class, spec -> spec.withId("save-case")));
        var after = pending(s.id(), DeadlineKind.PROMISED_DELIVERY);
        assertThat(after.state()).isEqualTo(DeadlineState.EXTENDED);
        assertThat(after.due()).isEqualTo(deadlines.workingCalendar().endOf(newDate));
    }

    private static String bannerText() {
        var banner = _get(Div.class, spec -> spec.withId("prevention-banner"));
        return String.join(" ", banner.getChildren().map(c -> c.getElement().getText()).toList());
    }

    @Test
    void the_prevention_banner_follows_a_saved_promised_date_and_goes_when_the_goods_are_delivered() {
        login("agent");
        LocalDate promised = LocalDate.now(clock).plusDays(1);
        var s = openCase(Marketplace.ALIBABA_TRADE_ASSURANCE, promised);
        navigate("cases/" + s.caseNumber());
        assertThat(bannerText()).contains(com.claimdesk.base.ui.Formats.date(promised));

        // the platform's date was corrected in the case's details: the banner shows it at once, no reload
        LocalDate corrected = promised.plusDays(1);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("case-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("tab-details")));
        var form = _get(com.claimdesk.complaint.ui.ComplaintForm.class);
        TestFields.set(form.promisedDeliveryOn, corrected);
        _click(_get(Button.class, spec -> spec.withId("save-case")));
        assertThat(bannerText()).contains(com.claimdesk.base.ui.Formats.date(corrected))
                .doesNotContain(com.claimdesk.base.ui.Formats.date(promised));

        // the goods arrived: nothing is left to extend
        TestFields.set(form.deliveredOn, LocalDate.now(clock));
        _click(_get(Button.class, spec -> spec.withId("save-case")));
        assertThat(_find(Div.class, spec -> spec.withId("prevention-banner"))).as("no visible banner").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void entering_the_dispute_date_computes_the_reply_and_escalation_dates() {
        login("agent");
        var s = openCase(Marketplace.ALIEXPRESS, null);
        navigate("cases/" + s.caseNumber());
        _click(_get(Button.class, spec -> spec.withId("deadline-event")));
        ComboBox<PlatformEvent> event = _get(ComboBox.class, spec -> spec.withId("event-kind"));
        assertThat(event.getValue()).isEqualTo(PlatformEvent.DISPUTE_OPENED);
        LocalDateTime opened = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusHours(30).withSecond(0).withNano(0);
        TestFields.set(_get(DateTimePicker.class, spec -> spec.withId("event-at")), opened);
        _click(_get(Button.class, spec -> spec.withId("event-save")));

        var reply = pending(s.id(), DeadlineKind.DISPUTE_REPLY);
        var team = deadlines.workingCalendar().zone();
        // the picker is in the viewer's zone; the rule counts calendar days in the team's zone
        var openedAt = opened.atZone(com.claimdesk.base.ui.Formats.zone()).toInstant();
        assertThat(reply.due()).isEqualTo(openedAt.atZone(team).plusDays(5).toInstant());
        assertThat(_find(Div.class, spec -> spec.withId("deadline-" + reply.id()))).hasSize(1);
        assertThat(pending(s.id(), DeadlineKind.DISPUTE_ESCALATION).ruleBasis()).contains("+15 DAYS");

        // entering it again is refused with the reason, and nothing is added
        _click(_get(Button.class, spec -> spec.withId("deadline-event")));
        TestFields.set(_get(DateTimePicker.class, spec -> spec.withId("event-at")), opened);
        _click(_get(Button.class, spec -> spec.withId("event-save")));
        assertThat(deadlines.forCase(s.id()).stream().filter(d -> d.kind() == DeadlineKind.DISPUTE_REPLY)).hasSize(1);
    }
}
