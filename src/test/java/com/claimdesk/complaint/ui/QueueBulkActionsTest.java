package com.claimdesk.complaint.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.QueueBulkService;
import com.claimdesk.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class QueueBulkActionsTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;

    private final String marker = "Bulk" + UUID.randomUUID().toString().substring(0, 8);

    @SuppressWarnings("unchecked")
    private static Grid<ComplaintListItem> grid() {
        return _get(Grid.class, spec -> spec.withId("queue-grid"));
    }

    private String aMarkedCase() {
        return TestCases.aCase().buyerName("Buyer " + marker).open(complaints);
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    private static String selectedText() {
        return _get(Span.class, s -> s.withId("bulk-count")).getText();
    }

    @Test
    void cases_selected_in_the_grid_are_assigned_in_one_step_and_the_summary_names_the_case_that_refused() {
        login("agent");
        aMarkedCase();
        aMarkedCase();
        String changedMeanwhile = aMarkedCase();
        navigate("cases?status=all&assignee=anyone&q=" + marker);
        assertThat(button("bulk-assign").isEnabled()).as("nothing selected yet").isFalse();

        var rows = _fetch(grid(), 0, 50);
        assertThat(rows).hasSize(3);
        rows.forEach(grid()::select);
        assertThat(selectedText()).isEqualTo("3 selected (at most 200)");
        // a colleague changes one of them while the page shows it
        complaints.changeStatus(changedMeanwhile, complaints.get(changedMeanwhile).version(),
                ComplaintStatus.INVESTIGATING);

        _click(button("bulk-assign"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> to = _get(ComboBox.class, s -> s.withId("bulk-assign-to"));
        var me = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(to).stream()
                .filter(i -> to.getItemLabelGenerator().apply(i).equals("Me")).findFirst().orElseThrow();
        TestFields.set(to, me);
        _click(button("bulk-apply"));

        assertThat(_get(Paragraph.class, s -> s.withId("bulk-summary-headline")).getText())
                .isEqualTo("2 changed, 1 refused");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly(changedMeanwhile + ": changed by someone else meanwhile");
        _click(button("bulk-summary-close"));

        assertThat(grid().getSelectedItems()).isEmpty();
        assertThat(selectedText()).isEqualTo("0 selected (at most 200)");
        String myName = CurrentUser.require().displayName();
        assertThat(_fetch(grid(), 0, 50)).allSatisfy(r -> {
            if (r.caseNumber().equals(changedMeanwhile)) {
                assertThat(r.assigneeName()).isNull();
            } else {
                assertThat(r.assigneeName()).isEqualTo(myName);
            }
        });
    }

    @Test
    void select_the_first_takes_the_rows_of_the_current_filter_up_to_the_limit() {
        login("agent");
        aMarkedCase();
        aMarkedCase();
        navigate("cases?status=all&assignee=anyone&q=" + marker);
        _click(button("bulk-select-first"));
        assertThat(grid().getSelectedItems()).hasSize(2);
        assertThat(button("bulk-select-first").getText()).isEqualTo("Select the first " + QueueBulkService.MAX_CASES);
        _click(button("bulk-clear"));
        assertThat(grid().getSelectedItems()).isEmpty();
        assertThat(grid().getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
    }

    @Test
    void a_refused_transition_is_explained_in_chinese_with_the_status_names_translated() {
        login("agent");
        VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        String open = aMarkedCase();
        String resolved = aMarkedCase();
        complaints.changeStatus(resolved, complaints.get(resolved).version(), ComplaintStatus.RESOLVED);
        navigate("cases?status=all&assignee=anyone&q=" + marker);
        _fetch(grid(), 0, 50).forEach(grid()::select);

        _click(button("bulk-status"));
        @SuppressWarnings("unchecked")
        Select<ComplaintStatus> status = _get(Select.class, s -> s.withId("bulk-status-value"));
        assertThat(status.getListDataView().getItems()).doesNotContain(ComplaintStatus.CLOSED);
        TestFields.set(status, ComplaintStatus.ESCALATED);
        _click(button("bulk-apply"));

        assertThat(_get(Paragraph.class, s -> s.withId("bulk-summary-headline")).getText())
                .isEqualTo("已修改 1 条，被拒绝 1 条");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly(resolved + ": 状态为“已解决”的工单不能转为“已升级”。");
        assertThat(complaints.get(open).status()).isEqualTo(ComplaintStatus.ESCALATED);
    }

    @Test
    void a_tag_is_required_in_the_form_before_anything_is_sent() {
        login("agent");
        String c = aMarkedCase();
        navigate("cases?status=all&assignee=anyone&q=" + marker);
        _fetch(grid(), 0, 50).forEach(grid()::select);
        _click(button("bulk-tag"));
        var tag = _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("bulk-tag-value"));
        TestFields.set(tag, "   ");
        _click(button("bulk-apply"));
        assertThat(tag.isInvalid()).isTrue();
        assertThat(tag.getErrorMessage()).isEqualTo("A tag has 1 to 40 characters.");
        assertThat(_find(Paragraph.class, s -> s.withId("bulk-summary-headline"))).isEmpty();
        assertThat(complaints.get(c).details().getTags()).isEmpty();
    }
}
