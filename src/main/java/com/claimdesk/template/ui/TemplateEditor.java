package com.claimdesk.template.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.ClaimDeskUserDetails;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.base.Placeholders;
import com.claimdesk.template.TemplateChangedException;
import com.claimdesk.template.TemplateDetails;
import com.claimdesk.template.TemplateListItem;
import com.claimdesk.template.TemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Creates or edits one template. The text is checked as the lead types (unknown placeholders are named at the
 * field) and previewed with sample values; the server checks everything again on save.
 */
class TemplateEditor extends Dialog {

    /** Offered first in the language list; any other BCP 47 tag can be typed. */
    static final List<String> COMMON_LANGUAGES = List.of("en", "zh", "es", "fr", "de", "it", "pt", "nl", "pl", "ru",
            "tr", "ar", "he", "ja", "ko");

    private final transient TemplateService service;
    private final transient Runnable onChange;
    private TemplateListItem current;

    private final BeanValidationBinder<TemplateDetails> binder = new BeanValidationBinder<>(TemplateDetails.class);
    final TextField name = new TextField();
    final ComboBox<String> language = new ComboBox<>();
    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<SubReason> subReasons = new MultiSelectComboBox<>();
    final TextArea body = new TextArea();
    final TemplatePreview preview;
    private final Div error = new Div();

    /**
     * @param existing       the template to edit, or {@code null} for a new one
     * @param languagesInUse the team's own languages, offered next to the common ones
     * @param onChange       refreshes the list after a save, a conflict or a template that vanished
     */
    TemplateEditor(TemplateService service, TemplateListItem existing, Collection<String> languagesInUse,
                   LocalDate today, Runnable onChange) {
        this.service = service;
        this.onChange = onChange;
        this.current = existing;
        this.preview = new TemplatePreview(today, CurrentUser.get().map(ClaimDeskUserDetails::displayName).orElse(""));
        setHeaderTitle(getTranslation(existing == null ? "templates.new" : "templates.edit"));
        setWidth("min(72em, 96vw)");
        // a click beside the dialog must not throw away a text the lead has been writing
        setCloseOnOutsideClick(false);

        configureFields(languagesInUse);
        bind();

        error.setId("template-form-error");
        error.addClassName("cd-form-error");
        error.setVisible(false);

        var form = new FormLayout(name, language, categories, subReasons, body, preview);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(error, form);

        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel-template");
        getFooter().add(cancel, save);

        binder.readBean(existing == null ? new TemplateDetails() : existing.toDetails());
        preview.show(body.getValue(), language.getValue());
    }

    private void configureFields(Collection<String> languagesInUse) {
        name.setId("template-name");
        name.setLabel(getTranslation("templates.name"));
        name.setMaxLength(TemplateDetails.MAX_NAME_LENGTH);

        language.setId("template-language");
        language.setLabel(getTranslation("templates.language"));
        var languages = new LinkedHashSet<>(COMMON_LANGUAGES);
        languages.addAll(languagesInUse);
        if (current != null) {
            languages.add(current.language());
        }
        language.setItems(languages);
        language.setItemLabelGenerator(tag -> tag + " · " + Labels.language(tag));
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> {
            var items = new LinkedHashSet<>(language.getListDataView().getItems().toList());
            items.add(e.getDetail().trim());
            language.setItems(items);
            language.setValue(e.getDetail().trim());
        });

        categories.setId("template-categories");
        categories.setLabel(getTranslation("templates.categories"));
        categories.setItems(Category.values());
        categories.setItemLabelGenerator(Labels::of);
        categories.setHelperText(getTranslation("templates.fitsHelper"));

        subReasons.setId("template-sub-reasons");
        subReasons.setLabel(getTranslation("templates.subReasons"));
        subReasons.setItems(SubReason.values());
        subReasons.setItemLabelGenerator(s -> Labels.of(s.category()) + ": " + Labels.of(s));

        body.setId("template-body");
        body.setLabel(getTranslation("templates.body"));
        body.setMaxLength(TemplateDetails.MAX_BODY_LENGTH);
        body.setMinHeight("18em");
        body.setMaxHeight("28em");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setHelperText(getTranslation("templates.bodyHelper",
                Placeholders.KNOWN.stream().map(Placeholders::token).collect(Collectors.joining(" "))));

        body.addValueChangeListener(e -> preview.show(e.getValue(), language.getValue()));
        language.addValueChangeListener(e -> preview.show(body.getValue(), e.getValue()));
    }

    private void bind() {
        // mark @NotBlank fields as required too, not only @NotNull / @NotEmpty ones
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, type) -> annotation.annotationType() == NotBlank.class));
        binder.forField(name).bind("name");
        binder.forField(language).bind("language");
        binder.forField(categories).bind("categories");
        binder.forField(subReasons).bind("subReasons");
        binder.forField(body).bind("body");
    }

    void save() {
        error.setVisible(false);
        var details = new TemplateDetails();
        if (!binder.writeBeanIfValid(details)) {
            return; // the fields say what is wrong
        }
        try {
            if (current == null) {
                service.create(details);
                Notifications.success(getTranslation("templates.created"));
            } else {
                service.update(current.id(), current.version(), details);
                Notifications.success(getTranslation("templates.saved"));
            }
            close();
            onChange.run();
        } catch (TemplateChangedException e) {
            // from now on a save replaces the colleague's version, which the lead has been told about
            current = e.current();
            showError(getTranslation("template.error.staleBy",
                    current.updatedByName() == null ? "?" : current.updatedByName(),
                    Formats.dateTime(current.updatedAt())));
            onChange.run();
        } catch (NotFoundException e) {
            Notifications.failure(e);
            close();
            onChange.run();
        } catch (DomainException | ConstraintViolationException | ObjectOptimisticLockingFailureException e) {
            showError(Notifications.describe(e));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
