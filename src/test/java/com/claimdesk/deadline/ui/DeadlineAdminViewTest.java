package com.claimdesk.deadline.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.deadline.DeadlineService;
import com.claimdesk.deadline.RuleDetails;
import com.claimdesk.deadline.SlaDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.util.EnumSet;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DeadlineAdminViewTest extends KaribuTest {

    @Autowired
    DeadlineService service;

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_sees_the_rules_with_the_warning_to_check_the_platform_and_edits_an_sla_policy() {
        login("admin");
        navigate("admin/deadlines");
        assertThat(_get(Paragraph.class, s -> s.withId("rules-hint")).getText())
                .contains("check your platform").contains("current rules");
        Grid<RuleDetails> rules = _get(Grid.class, s -> s.withId("rules"));
        assertThat(_fetch(rules, 0, 100)).extracting(RuleDetails::offset).contains(72, 20, 45);

        Grid<SlaDetails> slas = _get(Grid.class, s -> s.withId("slas"));
        SlaDetails low = _fetch(slas, 0, 100).stream().filter(s -> s.marketplace() == null
                && s.priority() == com.claimdesk.complaint.Priority.LOW).findFirst().orElseThrow();
        _get(DeadlineAdminView.class).editSla(low);
        // a resolution target before the first response is refused with the reason; nothing changes
        TestFields.set(_get(IntegerField.class, s -> s.withId("sla-resolution")), 4);
        _click(_get(Button.class, s -> s.withId("sla-save")));
        assertThat(service.slaPolicies()).contains(low);
        TestFields.set(_get(IntegerField.class, s -> s.withId("sla-resolution")), 130);
        _click(_get(Button.class, s -> s.withId("sla-save")));
        var saved = service.slaPolicies().stream().filter(s -> s.id().equals(low.id())).findFirst().orElseThrow();
        assertThat(saved.resolutionHours()).isEqualTo(130);
        // put it back for the other tests
        service.saveSla(new SlaDetails(low.id(), low.priority(), null, low.firstResponseHours(), low.resolutionHours(),
                low.counting(), saved.version()));
    }

    @Test
    void the_calendar_refuses_a_week_without_working_days() {
        login("admin");
        navigate("admin/deadlines");
        var view = _get(DeadlineAdminView.class);
        var before = service.calendarSettings();
        TestFields.set(view.days, EnumSet.noneOf(DayOfWeek.class));
        _click(_get(Button.class, s -> s.withId("calendar-save")));
        assertThat(service.calendarSettings()).isEqualTo(before);
    }

    @Test
    void agents_cannot_open_the_deadline_rules() {
        login("agent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("admin/deadlines"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
        assertThat(_find(DeadlineAdminView.class)).isEmpty();
    }
}
