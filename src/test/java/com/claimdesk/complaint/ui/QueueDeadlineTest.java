package com.claimdesk.complaint.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestClock;
import com.claimdesk.TestFields;
import com.claimdesk.base.ui.DueText;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.complaint.QueueSort;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.deadline.DeadlineKind;
import com.claimdesk.deadline.DeadlineService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The queue by urgency: the next-deadline column, its default order and the due filters. */
class QueueDeadlineTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    TestClock clock;

    @SuppressWarnings("unchecked")
    private static Grid<ComplaintListItem> grid() {
        return _get(Grid.class, spec -> spec.withId("queue-grid"));
    }

    /** A case of mine (marked in the buyer's name) whose only pending deadline is the custom one, due at {@code due}. */
    private String caseDue(String marker, Instant due) {
        var s = TestCases.aCase().buyer("Queue " + marker, "US", "en").orderValue("50.00", "USD")
                .subReason(SubReason.NO_TRACKING).openAndTake(complaints);
        // the SLA targets are met (a reply went out, as far as the queue is concerned) so the custom date leads
        deadlines.forCase(s.id()).stream().filter(x -> x.pending())
                .forEach(x -> deadlines.markMet(x.id(), x.version()));
        deadlines.add(s.id(), DeadlineKind.CUSTOM, due, "Queue test " + marker);
        return s.caseNumber();
    }

    @Test
    void by_default_the_queue_is_ordered_by_the_next_deadline_with_cases_without_one_last() {
        login("agent");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        String inThreeDays = caseDue(marker, now.plus(Duration.ofDays(3)));
        String none = caseWithoutDeadline(marker);
        String inFiveHours = caseDue(marker, now.plus(Duration.ofHours(5)));
        String inTwoDays = caseDue(marker, now.plus(Duration.ofDays(2)));

        navigate("cases?q=Queue%20" + marker);
        assertThat(_get(ComplaintListView.class).state().sort()).isEqualTo(QueueSort.DEFAULT);
        assertThat(QueueSort.DEFAULT.field()).isEqualTo(QueueSort.Field.URGENCY);
        List<ComplaintListItem> rows = _fetch(grid(), 0, 50);
        assertThat(rows).extracting(ComplaintListItem::caseNumber)
                .containsExactly(inFiveHours, inTwoDays, inThreeDays, none);
        assertThat(rows.getLast().nextDeadlineAt()).as("no deadline comes last").isNull();
    }

    /** A case of mine whose every deadline is met. */
    private String caseWithoutDeadline(String marker) {
        var s = TestCases.aCase().buyer("Queue " + marker, "US", "en").subReason(SubReason.NO_TRACKING)
                .openAndTake(complaints);
        deadlines.forCase(s.id()).stream().filter(x -> x.pending()).forEach(x -> deadlines.markMet(x.id(), x.version()));
        return s.caseNumber();
    }

    @Test
    void the_due_filters_come_from_the_url_and_narrow_the_rows() {
        login("agent");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        String soon = caseDue(marker, now.plus(Duration.ofHours(3)));
        String later = caseDue(marker, now.plus(Duration.ofDays(4)));
        String overdue = caseDue(marker, now.plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(2));

        navigate("cases?due=at_risk&q=Queue%20" + marker);
        assertThat(_get(Select.class, s -> s.withId("filter-due")).getValue()).isEqualTo(QueueFilter.Due.AT_RISK);
        assertThat(_fetch(grid(), 0, 50)).extracting(ComplaintListItem::caseNumber).containsExactly(soon);

        navigate("cases?due=overdue&q=Queue%20" + marker);
        assertThat(_fetch(grid(), 0, 50)).extracting(ComplaintListItem::caseNumber).containsExactly(overdue);

        navigate("cases?q=Queue%20" + marker);
        assertThat(_fetch(grid(), 0, 50)).extracting(ComplaintListItem::caseNumber)
                .containsExactly(overdue, soon, later);

        // choosing a filter in the bar changes the rows and the address
        @SuppressWarnings("unchecked")
        Select<QueueFilter.Due> due = _get(Select.class, s -> s.withId("filter-due"));
        TestFields.set(due, QueueFilter.Due.OVERDUE);
        assertThat(_get(ComplaintListView.class).state().due()).isEqualTo(QueueFilter.Due.OVERDUE);
        assertThat(_get(ComplaintListView.class).state().toQueryParameters().getQueryString()).contains("due=overdue");
        assertThat(_fetch(grid(), 0, 50)).extracting(ComplaintListItem::caseNumber).containsExactly(overdue);
    }

    @Test
    void a_case_whose_delivery_date_must_be_extended_on_the_platform_is_flagged_in_the_queue() {
        login("agent");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String near = TestCases.aCase().buyer("Queue " + marker, "DE", "en").orderValue("80.00", "EUR")
                .subReason(SubReason.IN_TRANSIT_WITHIN_NORMAL_TIME).shipped(6, java.time.LocalDate.now(clock).plusDays(1))
                .openAndTake(complaints).caseNumber();
        String plain = caseDue(marker, clock.instant().plus(Duration.ofDays(5)));
        assertThat(deadlines.prevention(complaints.get(near).id())).as("the case page's banner is on").isPresent();

        navigate("cases?q=Queue%20" + marker);
        List<ComplaintListItem> rows = _fetch(grid(), 0, 50);
        assertThat(rows).extracting(ComplaintListItem::caseNumber).containsExactlyInAnyOrder(near, plain);
        var view = _get(ComplaintListView.class);
        var flags = grid().getColumnByKey("settleNow");
        @SuppressWarnings("unchecked")
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<ComplaintListItem>) flags.getRenderer();
        for (ComplaintListItem row : rows) {
            boolean flagged = row.caseNumber().equals(near);
            assertThat(view.flagged("extend-date", row.id())).as(row.caseNumber()).isEqualTo(flagged);
            String cell = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(flags, row);
            // the tooltip is also the flag's accessible name
            Object tooltip = renderer.getValueProviders().get(ComplaintListView.flagProperty("extend-date") + "t").apply(row);
            if (flagged) {
                assertThat(cell).contains("Extend date");
                assertThat(tooltip).asString().startsWith("The promised delivery date is near and the goods are not delivered");
            } else {
                assertThat(cell).doesNotContain("Extend date");
                assertThat(tooltip).asString().isEmpty();
            }
        }
    }

    @Test
    void due_today_is_a_day_in_the_viewers_zone() {
        login("agent");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        // 15:00 in UTC is 23:00 in Shanghai: 90 minutes later is still today in UTC, but tomorrow in Shanghai
        clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        String soon = caseDue(marker, clock.instant().plus(Duration.ofMinutes(90)));
        caseDue(marker, clock.instant().plus(Duration.ofDays(2)));

        var inUtc = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ME, "Queue " + marker,
                QueueFilter.Due.TODAY, java.time.ZoneOffset.UTC);
        assertThat(complaints.queue(inUtc, null, 0, 10)).extracting(ComplaintListItem::caseNumber).containsExactly(soon);
        var inShanghai = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ME, "Queue " + marker,
                QueueFilter.Due.TODAY, java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(complaints.queue(inShanghai, null, 0, 10)).isEmpty();
    }

    @Test
    void the_next_deadline_reads_as_due_in_or_overdue() {
        login("agent");
        navigate("cases");
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(DueText.relative(now.plus(Duration.ofHours(3)), now)).isEqualTo("due in 3 h");
        assertThat(DueText.relative(now.minus(Duration.ofDays(2)), now)).isEqualTo("overdue 2 d");
        assertThat(DueText.tone(now.plus(Duration.ofHours(3)), now, Duration.ofHours(24))).isEqualTo(DueText.Tone.AT_RISK);
        assertThat(DueText.tone(now.plus(Duration.ofDays(3)), now, Duration.ofHours(24))).isEqualTo(DueText.Tone.OK);
        assertThat(DueText.tone(now.minusSeconds(1), now, Duration.ofHours(24))).isEqualTo(DueText.Tone.OVERDUE);
        assertThat(grid().getColumnByKey("nextDeadline").getHeaderText()).isEqualTo("Next deadline");
    }
}
