package com.claimdesk.importer.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.CurrencyField;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.importer.ColumnMapping;
import com.claimdesk.importer.FileInspection;
import com.claimdesk.importer.ImportDefaults;
import com.claimdesk.importer.ImportField;
import com.claimdesk.importer.ImportKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Step 2 of the import: each column of the file matched to a field (a saved mapping for the source is applied by
 * itself, otherwise the columns are matched by name), the values for what the file leaves out, and a name under
 * which to keep the mapping for the next file of this source.
 */
class ImportColumnsStep extends VerticalLayout {

    final Paragraph fileInfo = new Paragraph();
    final ComboBox<ColumnMapping> savedMappings = new ComboBox<>();
    final Map<String, ComboBox<ImportField>> fieldOf = new LinkedHashMap<>();
    private final FormLayout columnList = new FormLayout();
    final ComboBox<Marketplace> defaultMarketplace = new ComboBox<>();
    final CurrencyField defaultCurrency;
    final ComboBox<SubReason> defaultSubReason = new ComboBox<>();
    final TextField mappingName = new TextField();
    private final Div mappingError = new Div();
    private ImportKind kind;

    /**
     * @param currencies the currencies a file's amounts may be in: the team's (TeamSettingsService#currencies)
     * @param back       goes back to the file step
     * @param preview    goes on to the preview with {@link #mapping()}
     */
    ImportColumnsStep(Collection<String> currencies, Runnable back, Runnable preview) {
        defaultCurrency = new CurrencyField(currencies);
        fileInfo.setId("import-file-info");
        savedMappings.setId("import-saved-mapping");
        savedMappings.setLabel(getTranslation("import.mapping.use"));
        savedMappings.setItemLabelGenerator(ColumnMapping::name);
        savedMappings.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue());
            }
        });
        columnList.setId("import-columns");
        columnList.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("64em", 3));

        defaultMarketplace.setId("default-marketplace");
        defaultMarketplace.setLabel(getTranslation("import.mapping.defaultMarketplace"));
        defaultMarketplace.setItems(Marketplace.values());
        defaultMarketplace.setItemLabelGenerator(Labels::of);
        defaultMarketplace.setClearButtonVisible(true);
        defaultCurrency.setId("default-currency");
        defaultCurrency.setLabel(getTranslation("import.mapping.defaultCurrency"));
        defaultCurrency.setClearButtonVisible(true);
        defaultSubReason.setId("default-subreason");
        defaultSubReason.setLabel(getTranslation("import.mapping.defaultSubReason"));
        defaultSubReason.setItems(SubReason.values());
        defaultSubReason.setItemLabelGenerator(s -> Labels.of(s.category()) + " – " + Labels.of(s));
        defaultSubReason.setClearButtonVisible(true);
        defaultSubReason.setWidth("24em");
        mappingName.setId("import-mapping-name");
        mappingName.setLabel(getTranslation("import.mapping.saveAs"));
        mappingName.setMaxLength(80);
        mappingName.setWidth("24em");
        mappingError.setId("import-mapping-error");
        mappingError.addClassName("cd-form-error");
        mappingError.setVisible(false);

        var backButton = new Button(getTranslation("import.back"), e -> back.run());
        var previewButton = new Button(getTranslation("import.preview"), e -> preview.run());
        previewButton.setId("import-preview");
        previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var defaultsTitle = new Span(getTranslation("import.mapping.defaults"));
        defaultsTitle.addClassName("cd-hint");
        setPadding(false);
        add(new H3(getTranslation("import.step.columns")), fileInfo, savedMappings, columnList,
                defaultsTitle, new HorizontalLayout(defaultMarketplace, defaultCurrency, defaultSubReason), mappingName,
                mappingError, new HorizontalLayout(backButton, previewButton));
    }

    /** One field per column of the inspected file, filled in with the mapping the service suggests. */
    void show(ImportKind kind, String fileName, FileInspection inspection, List<ColumnMapping> savedForKind) {
        this.kind = kind;
        fileInfo.setText(getTranslation("import.file.read", fileName, inspection.headers().size(),
                Labels.of(inspection.encoding())) + " " + (inspection.savedMappingName() != null
                ? getTranslation("import.mapping.saved", inspection.savedMappingName())
                : getTranslation("import.mapping.guessed")));
        savedMappings.setItems(savedForKind);
        savedMappings.setValue(null);
        columnList.removeAll();
        fieldOf.clear();
        List<ImportField> fields = ImportField.of(kind);
        for (int i = 0; i < inspection.headers().size(); i++) {
            String header = inspection.headers().get(i);
            var field = new ComboBox<ImportField>(header);
            field.setId("map-" + i);
            field.setItems(fields);
            field.setItemLabelGenerator(Labels::of);
            field.setPlaceholder(getTranslation("import.mapping.none"));
            field.setClearButtonVisible(true);
            String example = inspection.example(i);
            if (!example.isEmpty()) {
                field.setHelperText(getTranslation("import.mapping.example",
                        example.length() > 40 ? example.substring(0, 39) + "…" : example));
            }
            fieldOf.put(header, field);
            columnList.add(field);
        }
        defaultSubReason.setVisible(kind == ImportKind.COMPLAINTS);
        apply(inspection.suggested());
        mappingName.setValue(inspection.savedMappingName() == null ? "" : inspection.savedMappingName());
        mappingError.setVisible(false);
    }

    private void apply(ColumnMapping mapping) {
        fieldOf.forEach((header, combo) -> combo.setValue(mapping.columns().get(header)));
        ImportDefaults d = mapping.defaults();
        defaultMarketplace.setValue(d.marketplace());
        defaultCurrency.setValue(d.currency());
        defaultSubReason.setValue(kind == ImportKind.COMPLAINTS ? d.subReason() : null);
        if (!mapping.name().isBlank()) {
            mappingName.setValue(mapping.name());
        }
    }

    /** The mapping as the fields say now. */
    ColumnMapping mapping() {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        fieldOf.forEach((header, combo) -> {
            if (combo.getValue() != null) {
                columns.put(header, combo.getValue());
            }
        });
        return new ColumnMapping(mappingName.getValue(), kind, columns, new ImportDefaults(
                defaultMarketplace.getValue(), defaultCurrency.getValue(),
                kind == ImportKind.COMPLAINTS ? defaultSubReason.getValue() : null));
    }

    /** A mapping the service refused; its fields are named as the page labels them, not by their enum names. */
    void showProblem(DomainException e) {
        Object[] args = Arrays.stream(e.arguments()).map(a -> a instanceof String s && s.matches("[A-Z_,]+")
                ? Arrays.stream(s.split(",")).map(f -> getTranslation("enum.ImportField." + f))
                .collect(Collectors.joining(", ")) : a).toArray();
        mappingError.setText(getTranslation(e.messageKey(), args));
        mappingError.setVisible(true);
    }

    void clearProblem() {
        mappingError.setVisible(false);
    }
}
