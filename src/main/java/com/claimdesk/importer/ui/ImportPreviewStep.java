package com.claimdesk.importer.ui;

import com.claimdesk.base.ui.Labels;
import com.claimdesk.importer.RowPreview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** Step 3 of the import: the first rows as they would be imported, each with what would happen and its problems. */
class ImportPreviewStep extends VerticalLayout {

    final Grid<RowPreview> previewGrid = new Grid<>();

    /**
     * @param back  goes back to the columns
     * @param start starts the import
     */
    ImportPreviewStep(Runnable back, Runnable start) {
        previewGrid.setId("import-preview-grid");
        previewGrid.setAllRowsVisible(true);
        previewGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        previewGrid.addColumn(RowPreview::rowNumber).setHeader(getTranslation("import.preview.row")).setAutoWidth(true)
                .setFlexGrow(0);
        previewGrid.addColumn(RowPreview::key).setHeader(getTranslation("import.preview.key")).setAutoWidth(true);
        previewGrid.addColumn(p -> p.intent() == null ? getTranslation("import.preview.skip") : Labels.of(p.intent())
                        + (p.reference() == null ? "" : " " + p.reference()))
                .setHeader(getTranslation("import.preview.action")).setAutoWidth(true);
        previewGrid.addColumn(p -> String.join(" ", p.problems())).setHeader(getTranslation("import.preview.problems"))
                .setFlexGrow(1);
        previewGrid.setPartNameGenerator(p -> p.intent() == null ? "cd-import-skip" : null);
        var hint = new Paragraph(getTranslation("import.preview.hint"));
        var backButton = new Button(getTranslation("import.back"), e -> back.run());
        var startButton = new Button(getTranslation("import.start"), e -> start.run());
        startButton.setId("import-start");
        startButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setPadding(false);
        add(new H3(getTranslation("import.step.preview")), hint, previewGrid,
                new HorizontalLayout(backButton, startButton));
    }

    void show(List<RowPreview> rows) {
        previewGrid.setItems(rows);
    }
}
