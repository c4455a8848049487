package com.claimdesk.complaint.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.SavedFilterItem;
import com.claimdesk.complaint.SavedFilterService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SavedViewsNavTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    SavedFilterService views;

    private final String marker = "Nav" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteMyViews() {
        // the views per user are capped: leave none behind for the next test (as the user still signed in)
        if (com.claimdesk.security.CurrentUser.get().map(u -> u.hasRole(com.claimdesk.security.Role.AGENT))
                .orElse(false)) {
            views.visible().stream().filter(v -> v.editable() && v.name().contains(marker))
                    .map(SavedFilterItem::id).forEach(views::delete);
        }
    }

    private SideNavItem entryNamed(String name) {
        return _get(SideNavItem.class, s -> s.withPredicate(i -> name.equals(i.getLabel())));
    }

    private static String count(SideNavItem item) {
        return ((Span) item.getSuffixComponent()).getText();
    }

    /** Saves the queue's filters from its dialog under {@code name}; returns the name field. */
    private static TextField saveView(String name, boolean team) {
        _click(_get(Button.class, s -> s.withId("save-view")));
        var field = _get(TextField.class, s -> s.withId("saved-view-name"));
        TestFields.set(field, name);
        if (team) {
            TestFields.set(_get(Checkbox.class, s -> s.withId("saved-view-team")), true);
        }
        _click(_get(Button.class, s -> s.withId("saved-view-save")));
        return field;
    }

    @Test
    void a_view_saved_from_the_queue_is_listed_in_the_menu_with_its_count_and_opens_the_queue_with_its_filters() {
        login("agent");
        TestCases.aCase().buyerName("Buyer " + marker).open(complaints);
        TestCases.aCase().buyerName("Buyer " + marker).open(complaints);
        navigate("cases?status=all&assignee=anyone&q=" + marker);

        _click(_get(Button.class, s -> s.withId("save-view")));
        // agents save their own views only
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Checkbox.class, s -> s.withId("saved-view-team"));
        var name = _get(TextField.class, s -> s.withId("saved-view-name"));
        _click(_get(Button.class, s -> s.withId("saved-view-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the view a name.");
        TestFields.set(name, "Marked " + marker);
        _click(_get(Button.class, s -> s.withId("saved-view-save")));

        var entry = entryNamed("Marked " + marker);
        assertThat(count(entry)).isEqualTo("2");
        assertThat(entry.getPath()).startsWith("cases?").contains("q=" + marker, "status=all", "assignee=anyone");

        // the count is fresh on the next navigation (after the freshness window of the counts)
        TestCases.aCase().buyerName("Buyer " + marker).open(complaints);
        ctx.getBean(com.claimdesk.TestClock.class).advance(java.time.Duration.ofSeconds(20));
        navigate("cases");
        assertThat(count(entryNamed("Marked " + marker))).isEqualTo("3");

        // opening it: the queue with its filters
        UI.getCurrent().navigate("cases", new QueueUrl("all", null, null,
                com.claimdesk.complaint.QueueFilter.AssigneeScope.ANYONE, marker,
                com.claimdesk.complaint.QueueSort.DEFAULT, null).toQueryParameters());
        assertThat(_get(ComplaintListView.class).state().text()).isEqualTo(marker);
    }

    @Test
    void saving_a_name_taken_says_so_at_the_field_and_keeps_the_dialog_open() {
        login("agent");
        navigate("cases");
        saveView("Mine " + marker, false);
        var name = saveView("mine " + marker, false);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("There is already a view called \"mine " + marker + "\".");
    }

    @Test
    void own_views_are_renamed_and_deleted_from_the_manage_dialog() {
        login("agent");
        navigate("cases");
        saveView("Old " + marker, false);

        _click(_get(Button.class, s -> s.withId("saved-views-manage")));
        var field = _get(TextField.class, s -> s.withClasses("saved-view-rename-field")
                .withPredicate(f -> f.getValue().equals("Old " + marker)));
        TestFields.set(field, "New " + marker);
        var row = field.getParent().orElseThrow();
        _click(_get(row, Button.class, s -> s.withClasses("saved-view-rename")));
        assertThat(entryNamed("New " + marker)).isNotNull();

        _click(_get(row, Button.class, s -> s.withClasses("saved-view-delete")));
        assertThat(_find(SideNavItem.class, s -> s.withPredicate(i -> i.getLabel().contains(marker)))).isEmpty();
    }

    @Test
    void a_team_lead_may_save_a_view_for_the_team() {
        login("lead");
        navigate("cases");
        saveView("Team " + marker, true);
        assertThat(views.visible()).filteredOn(v -> v.name().equals("Team " + marker)).singleElement()
                .satisfies(v -> assertThat(v.team()).isTrue());
        assertThat(entryNamed("Team " + marker).getTooltip().getText()).isEqualTo("Team view");
    }

    @Test
    void users_who_work_no_cases_see_no_saved_views() {
        login("admin");
        navigate("admin/users");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.html.Div.class,
                s -> s.withId("saved-views"));
    }
}
