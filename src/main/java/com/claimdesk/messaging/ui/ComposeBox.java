package com.claimdesk.messaging.ui;

import com.claimdesk.base.Placeholders;
import com.claimdesk.base.ui.EnumSelect;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * Writing to the thread: a reply to the buyer, an internal note, or a buyer message pasted from the platform with
 * its original time. A preview shows exactly what will be stored before it is. Its fields are public for the tests
 * of the case page, which drive it as a user would.
 */
public class ComposeBox extends VerticalLayout {

    private final transient java.time.Clock clock;

    static final List<String> LANGUAGES = List.of("en", "zh", "es", "fr", "de", "it", "pt", "nl", "pl", "ru", "tr",
            "ar", "he", "ja", "ko", "th", "vi", "id", "ms", "sv");

    public final RadioButtonGroup<MessageKind> kind = new RadioButtonGroup<>();
    public final EnumSelect<MessageChannel> channel = new EnumSelect<>(MessageChannel.class);
    public final ComboBox<String> language = new ComboBox<>();
    public final DateTimePicker sentAt = new DateTimePicker();
    public final TextArea body = new TextArea();
    final HorizontalLayout tools = new HorizontalLayout();
    public final ComboBox<com.claimdesk.template.TemplateSuggestion> template = new ComboBox<>();
    public final Div missing = new Div();
    public final Div preview = new Div();
    public final Div error = new Div();
    final Button previewButton = new Button();
    final Button save = new Button();
    private Predicate<NewMessage> onSave = m -> false;
    /** The refusal on show is the open-placeholder one: it is judged again as the text and the kind change. */
    private boolean refusingPlaceholders;
    private ComplaintSnapshot snapshot;
    private final transient com.claimdesk.template.TemplateService templates;
    private final transient java.util.function.Function<String, java.util.Map<String, String>> valuesForLanguage;

    /**
     * @param valuesForLanguage the case's values for template placeholders, formatted for a reply in the given
     *                          language
     */
    ComposeBox(com.claimdesk.template.TemplateService templates,
               java.util.function.Function<String, java.util.Map<String, String>> valuesForLanguage,
               java.time.Clock clock) {
        this.clock = clock;
        this.templates = templates;
        this.valuesForLanguage = valuesForLanguage;
        addClassName("cd-compose");
        setPadding(false);
        var title = new H4(getTranslation("compose.title"));

        kind.setId("compose-kind");
        kind.setItems(MessageKind.REPLY, MessageKind.NOTE, MessageKind.BUYER_MESSAGE);
        kind.setItemLabelGenerator(k -> getTranslation("compose.kind." + k.name()));
        kind.setValue(MessageKind.REPLY);
        kind.addValueChangeListener(e -> {
            adaptToKind();
            judgeAgain();
        });

        channel.setId("compose-channel");
        channel.setLabel(getTranslation("compose.channel"));
        channel.setValue(MessageChannel.PLATFORM_MESSAGE);

        language.setId("compose-language");
        language.setLabel(getTranslation("compose.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(Labels::language);
        language.setWidth("10em");

        sentAt.setId("compose-sent-at");
        sentAt.setLabel(getTranslation("compose.sentAt"));
        sentAt.setMax(LocalDateTime.now(clock.withZone(com.claimdesk.base.ui.Formats.zone())).plusMinutes(5));

        body.setId("compose-body");
        body.setWidthFull();
        body.setMinHeight("8em");
        body.setMaxLength(20_000);
        // TIMEOUT, not LAZY: the hint and the refusal follow the text while the agent types, not only after a pause
        body.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(TEXT_SYNC_MS);
        body.addValueChangeListener(e -> {
            preview.setVisible(false);
            if (!refusingPlaceholders) {
                error.setVisible(false);
            }
            judgeAgain();
        });

        template.setId("compose-template");
        template.setPlaceholder(getTranslation("compose.template"));
        template.setAriaLabel(getTranslation("compose.template"));
        template.setWidth("24em");
        template.setItemLabelGenerator(t -> t.name() + " · " + t.language()
                + (t.fitsCase() ? " · " + getTranslation("compose.template.fits") : ""));
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                insert(e.getValue());
                template.clear();
            }
        });
        tools.add(template);
        missing.setId("compose-missing");
        missing.addClassName("cd-warning");
        missing.setVisible(false);

        tools.setId("compose-tools");
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        preview.setId("compose-preview");
        preview.addClassName("cd-compose-preview");
        preview.setVisible(false);
        error.setId("compose-error");
        error.addClassName("cd-form-error");
        error.setVisible(false);

        previewButton.setText(getTranslation("compose.preview"));
        previewButton.setId("compose-preview-button");
        takeScreenTextOnClick(previewButton);
        previewButton.addClickListener(e -> showPreview());
        save.setId("compose-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeScreenTextOnClick(save);
        save.addClickListener(e -> submit());

        var options = new HorizontalLayout(channel, language, sentAt);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        options.setWrap(true);
        add(title, kind, options, tools, body, missing, preview, error, new HorizontalLayout(previewButton, save));
        adaptToKind();
    }

    void setCase(ComplaintSnapshot s) {
        this.snapshot = s;
        var d = s.details();
        template.setItems(templates.suggestionsFor(d.getCategory(), d.getSubReason(), d.getBuyer().buyerLanguage()));
        if (language.isEmpty()) {
            language.setValue(LANGUAGES.contains(d.getBuyer().buyerLanguage()) ? d.getBuyer().buyerLanguage() : "en");
        }
    }

    ComplaintSnapshot snapshot() {
        return snapshot;
    }

    void onSave(Predicate<NewMessage> handler) {
        this.onSave = handler;
    }

    void showError(String message) {
        refusingPlaceholders = false;
        error.setText(message);
        error.setVisible(true);
    }

    /** How often, at most, the text is sent while the agent types (ms). */
    static final int TEXT_SYNC_MS = 250;

    /**
     * The text in the text area as the browser has it when the button is clicked. Flow already sends a pending
     * value change before a click (flow#14035), but a text changed without an input event (a browser extension, some
     * input methods) would not be; sent with the click, Save and Preview judge exactly what the agent sees.
     */
    static final String SCREEN_TEXT = "(() => { const box = element.closest('.cd-compose');"
            + " const area = box && box.querySelector('vaadin-text-area');"
            + " return area && area.inputElement ? area.inputElement.value : null; })()";

    /**
     * Registered before the button's click listener, so that it runs first (Flow calls an element's listeners in
     * the order they were added): the click listener then reads the text on screen from {@link #body}.
     */
    private void takeScreenTextOnClick(Button button) {
        button.getElement().addEventListener("click", e -> {
            var sent = e.getEventData().get(SCREEN_TEXT);
            if (sent != null && sent.isString() && !sent.asString().equals(body.getValue())) {
                body.setValue(sent.asString());
            }
        }).addEventData(SCREEN_TEXT);
    }

    private void adaptToKind() {
        MessageKind k = kind.getValue();
        boolean note = k == MessageKind.NOTE;
        channel.setVisible(!note);
        sentAt.setVisible(k == MessageKind.BUYER_MESSAGE);
        language.setVisible(!note);
        body.setLabel(getTranslation("compose.body." + k.name()));
        save.setText(getTranslation("compose.save." + k.name()));
        removeClassNames("cd-compose-note");
        if (note) {
            addClassName("cd-compose-note");
        }
    }

    /**
     * Inserts a template with the case's values filled in; placeholders without a value (a customs office, a coupon
     * value) stay in the text and are listed until the agent fills them in or removes them.
     */
    void insert(com.claimdesk.template.TemplateSuggestion suggestion) {
        var rendered = com.claimdesk.base.Placeholders.render(suggestion.body(),
                valuesForLanguage.apply(suggestion.language()));
        String current = body.getValue().strip();
        body.setValue(current.isEmpty() ? rendered.text() : current + "\n\n" + rendered.text());
        if (kind.getValue() == MessageKind.BUYER_MESSAGE) {
            kind.setValue(MessageKind.REPLY);
        }
        if (LANGUAGES.contains(suggestion.language())) {
            language.setValue(suggestion.language());
        }
        judgeAgain();
    }

    private java.util.List<String> openPlaceholders() {
        return com.claimdesk.base.Placeholders.remainingIn(body.getValue());
    }

    /**
     * The hint and the open-placeholder refusal for the text and kind now: updated with every change, gone as soon
     * as they no longer apply (the last placeholder filled in, or the entry became a note that may keep them).
     */
    private void judgeAgain() {
        var open = kind.getValue() == MessageKind.REPLY ? openPlaceholders() : java.util.List.<String>of();
        String tokens = String.join(", ", open.stream().map(com.claimdesk.base.Placeholders::token).toList());
        missing.setVisible(!open.isEmpty());
        missing.setText(open.isEmpty() ? "" : getTranslation("compose.missing", tokens));
        if (refusingPlaceholders) {
            if (open.isEmpty()) {
                refusingPlaceholders = false;
                error.setVisible(false);
            } else {
                error.setText(getTranslation("thread.error.placeholders", tokens));
            }
        }
    }

    /** A reply may not be saved while a placeholder is still open; notes may keep them. */
    private java.util.Optional<String> problemWith(String text) {
        var open = com.claimdesk.base.Placeholders.remainingIn(text);
        if (kind.getValue() == MessageKind.REPLY && !open.isEmpty()) {
            return java.util.Optional.of(getTranslation("thread.error.placeholders",
                    String.join(", ", open.stream().map(com.claimdesk.base.Placeholders::token).toList())));
        }
        return java.util.Optional.empty();
    }

    private void refusePlaceholders(String message) {
        showError(message);
        refusingPlaceholders = true;
    }

    /** Exactly what will be stored, as text, with the placeholders that are still open highlighted. */
    private void showPreview() {
        preview.removeAll();
        for (var part : com.claimdesk.base.Placeholders.parse(body.getValue().strip())) {
            if (part instanceof com.claimdesk.base.Placeholders.Part.Placeholder p && p.known()) {
                var open = new Span(p.token());
                open.addClassName("cd-placeholder-open");
                preview.add(open);
            } else if (part instanceof com.claimdesk.base.Placeholders.Part.Placeholder p) {
                preview.add(new Span(p.token()));
            } else if (part instanceof com.claimdesk.base.Placeholders.Part.Text t) {
                preview.add(new Span(t.text()));
            }
        }
        preview.setVisible(!body.getValue().isBlank());
        problemWith(body.getValue()).ifPresentOrElse(this::refusePlaceholders, () -> {
            refusingPlaceholders = false;
            error.setVisible(false);
        });
    }

    void submit() {
        error.setVisible(false);
        refusingPlaceholders = false;
        if (body.getValue().isBlank()) {
            showError(getTranslation("thread.error.empty"));
            return;
        }
        var problem = problemWith(body.getValue());
        if (problem.isPresent()) {
            refusePlaceholders(problem.get());
            return;
        }
        if (kind.getValue() == MessageKind.BUYER_MESSAGE && sentAt.getValue() == null) {
            showError(getTranslation("compose.error.sentAtRequired"));
            return;
        }
        var message = new NewMessage();
        message.setKind(kind.getValue());
        message.setChannel(kind.getValue() == MessageKind.NOTE ? null : channel.getValue());
        message.setLanguage(language.getValue());
        message.setBody(body.getValue());
        message.setSentAt(kind.getValue() == MessageKind.BUYER_MESSAGE ? sentAt.getValue() : null);
        if (onSave.test(message)) {
            body.clear();
            sentAt.clear();
            preview.setVisible(false);
            judgeAgain();
        }
    }
}
