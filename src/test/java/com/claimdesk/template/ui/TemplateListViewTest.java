package com.claimdesk.template.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.template.TemplateDetails;
import com.claimdesk.template.TemplateListItem;
import com.claimdesk.template.TemplateService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateListViewTest extends KaribuTest {

    @Autowired
    TemplateService service;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static TextArea body() {
        return _get(TextArea.class, s -> s.withId("template-body"));
    }

    private static String preview() {
        return _get(Div.class, s -> s.withId("template-preview")).getElement().getTextRecursively();
    }

    /** Buttons inside grid rows are rendered on demand, so they are looked up through the grid's cell. */
    @SuppressWarnings("unchecked")
    private static Button rowButton(String buttonId, long templateId) {
        var grid = (Grid<TemplateListItem>) _get(Grid.class, s -> s.withId("templates-grid"));
        int row = grid.getListDataView().getItems().map(TemplateListItem::id).toList().indexOf(templateId);
        assertThat(row).as("row of template " + templateId).isNotNegative();
        return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals(buttonId + "-" + templateId)).findFirst().orElseThrow();
    }

    private TemplateListItem stored(String name) {
        return service.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_lead_creates_a_template_through_the_dialog_with_a_live_preview() {
        login("lead");
        navigate("templates");
        _click(_get(Button.class, s -> s.withId("new-template")));
        String name = unique("Pieza equivocada");
        TestFields.set(_get(TextField.class, s -> s.withId("template-name")), name);
        TestFields.set(_get(ComboBox.class, s -> s.withId("template-language")), "es");
        TestFields.set(_get(MultiSelectComboBox.class, s -> s.withId("template-categories")), Set.of(Category.WRONG_ITEM));
        TestFields.set(_get(MultiSelectComboBox.class, s -> s.withId("template-sub-reasons")),
                Set.of(SubReason.FEWER_PIECES));
        TestFields.set(body(), "Hola {buyer.name}:\nle enviamos un cupón de {coupon.value}.\n{agent.name}");

        // sample values from the case, the lead's own name, and what the agent must still fill in
        assertThat(preview()).isEqualTo("Hola Olivia Brown:\nle enviamos un cupón de {coupon.value}.\nLiu Yang 刘洋");
        assertThat(_find(Span.class, s -> s.withClasses("cd-placeholder-missing"))).singleElement()
                .extracting(Span::getText).isEqualTo("{coupon.value}");
        assertThat(_get(Div.class, s -> s.withId("template-preview-missing")).getText())
                .isEqualTo("Filled in by the agent when replying: {coupon.value}");

        _click(_get(Button.class, s -> s.withId("save-template")));

        var saved = stored(name);
        assertThat(saved.language()).isEqualTo("es");
        assertThat(saved.categories()).containsExactly(Category.WRONG_ITEM);
        assertThat(saved.subReasons()).containsExactly(SubReason.FEWER_PIECES);
        assertThat(saved.body()).isEqualTo("Hola {buyer.name}:\nle enviamos un cupón de {coupon.value}.\n{agent.name}");
        var grid = (Grid<TemplateListItem>) _get(Grid.class, s -> s.withId("templates-grid"));
        assertThat(grid.getListDataView().getItems().map(TemplateListItem::name)).contains(name);
        assertThat(_find(TextArea.class, s -> s.withId("template-body"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_unknown_placeholder_is_named_at_the_field_and_nothing_is_saved() {
        login("lead");
        navigate("templates");
        int before = service.list().size();
        _click(_get(Button.class, s -> s.withId("new-template")));
        String name = unique("Typo");
        TestFields.set(_get(TextField.class, s -> s.withId("template-name")), name);
        TestFields.set(body(), "Dear {buyer.name}, your parcel {shipment.trackingNo} is with {Shipment.carrier}.");

        assertThat(_find(Span.class, s -> s.withClasses("cd-placeholder-unknown"))).extracting(Span::getText)
                .containsExactly("{shipment.trackingNo}", "{Shipment.carrier}");
        _click(_get(Button.class, s -> s.withId("save-template")));

        assertThat(body().isInvalid()).isTrue();
        assertThat(body().getErrorMessage()).isEqualTo("These placeholders are unknown (check the spelling against "
                + "the list below the text): {shipment.trackingNo}, {Shipment.carrier}");
        assertThat(service.list()).hasSize(before).extracting(TemplateListItem::name).doesNotContain(name);
        assertThat(_find(TextArea.class, s -> s.withId("template-body"))).hasSize(1);
    }

    @Test
    void the_preview_shows_markup_in_a_body_as_text() {
        login("lead");
        navigate("templates");
        _click(_get(Button.class, s -> s.withId("new-template")));
        TestFields.set(body(), "<b>{buyer.name}</b><script>alert(1)</script>");

        assertThat(preview()).isEqualTo("<b>Olivia Brown</b><script>alert(1)</script>");
        assertThat(_find(Html.class)).isEmpty();
    }

    @Test
    void a_stale_editor_says_who_changed_the_template_and_keeps_the_typing() {
        login("lead");
        String name = unique("Late parcel");
        var created = service.create(new TemplateDetails(name, "en", Set.of(), Set.of(), "Dear {buyer.name}."));
        navigate("templates");
        _click(rowButton("edit-template", created.id()));
        // a colleague saves first
        var colleagues = created.toDetails();
        colleagues.setBody("Dear {buyer.name}, from a colleague.");
        service.update(created.id(), created.version(), colleagues);

        TestFields.set(body(), "Dear {buyer.name}, my version.");
        _click(_get(Button.class, s -> s.withId("save-template")));

        var error = _get(Div.class, s -> s.withId("template-form-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Liu Yang 刘洋 changed this template at ");
        assertThat(body().getValue()).isEqualTo("Dear {buyer.name}, my version.");
        assertThat(stored(name).body()).isEqualTo("Dear {buyer.name}, from a colleague.");

        // told about it, the lead saves again and replaces the colleague's version
        _click(_get(Button.class, s -> s.withId("save-template")));
        assertThat(stored(name).body()).isEqualTo("Dear {buyer.name}, my version.");
    }

    @Test
    void a_lead_deletes_a_template_after_confirming() {
        login("lead");
        String name = unique("Obsolete");
        var created = service.create(new TemplateDetails(name, "en", Set.of(), Set.of(), "Dear {buyer.name}."));
        navigate("templates");

        _click(rowButton("delete-template", created.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(service.list()).extracting(TemplateListItem::id).doesNotContain(created.id());
        @SuppressWarnings("unchecked")
        var grid = (Grid<TemplateListItem>) _get(Grid.class, s -> s.withId("templates-grid"));
        assertThat(grid.getListDataView().getItems().map(TemplateListItem::id)).doesNotContain(created.id());
    }

    @Test
    void a_lead_finds_the_templates_in_the_navigation() {
        login("lead");
        navigate("templates");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Reply templates");
        assertThat(_get(TemplateListView.class).getPageTitle()).isEqualTo("Reply templates");
    }

    @Test
    void an_agent_cannot_open_the_templates_page() {
        login("agent");
        assertThatThrownBy(() -> navigate("templates")).hasMessageContaining("Access is denied");
        assertThat(_find(TemplateListView.class)).isEmpty();
    }
}
