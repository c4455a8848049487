package com.claimdesk.negotiation.ui;

import com.claimdesk.base.Money;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.CurrencyField;
import com.claimdesk.base.ui.EnumSelect;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.MoneyField;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.negotiation.Answer;
import com.claimdesk.negotiation.BottomLineForm;
import com.claimdesk.negotiation.BottomLineSummary;
import com.claimdesk.negotiation.GuidanceService;
import com.claimdesk.negotiation.GuidanceSummary;
import com.claimdesk.negotiation.NegotiationService;
import com.claimdesk.negotiation.NegotiationSummary;
import com.claimdesk.negotiation.NewOffer;
import com.claimdesk.negotiation.OfferRound;
import com.claimdesk.negotiation.Proposer;
import com.claimdesk.negotiation.Resolution;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.function.Supplier;

/**
 * The negotiation of one case, for the case page to embed: the bottom line (decided before we offer anything),
 * the ladder of rounds with the open offer highlighted, a banner when the buyer's offer can be taken now (the
 * settlement window closes), a warning when the buyer has waited too long, and forms to record and answer offers.
 */
public class NegotiationPanel extends VerticalLayout {

    private final transient NegotiationService service;
    private final long complaintId;

    final Div settleNow = new Div();
    final Div waitingTooLong = new Div();
    final Div verdict = new Div();
    final Span bottomLineSummary = new Span();
    final BigDecimalField bottomLineAmount = new BigDecimalField();
    final CheckboxGroup<Resolution> bottomLineResolutions = new CheckboxGroup<>();
    final TextField bottomLineReason = new TextField();
    final Button bottomLineSave = new Button();
    final Div bottomLineError = new Div();
    final VerticalLayout rounds = new VerticalLayout();
    final EnumSelect<Proposer> proposer = new EnumSelect<>(Proposer.class);
    final EnumSelect<Resolution> resolution = new EnumSelect<>(Resolution.class);
    /** An offer's amount and currency (the order's unless changed). */
    final MoneyField offerMoney;
    final BigDecimalField amount;
    final CurrencyField currency;
    final IntegerField waitDays = new IntegerField();
    final TextArea note = new TextArea();
    final DateTimePicker proposedAt = new DateTimePicker();
    final Button offerSave = new Button();
    final Div offerError = new Div();
    final GuidancePart guidancePart;
    final Button guidanceTake = new Button();

    private NegotiationSummary current;
    /** The suggestion this page shows, recorded with the bottom line (whether it was followed); null if none. */
    private final GuidanceSummary guidance;

    private transient java.util.function.Consumer<com.claimdesk.negotiation.OfferRound> onAccepted = round -> { };

    /** Told about an offer the moment it is accepted, e.g. to prefill the refund that settles it. */
    public void onAccepted(java.util.function.Consumer<com.claimdesk.negotiation.OfferRound> listener) {
        this.onAccepted = listener;
    }

    /** @param currencies the currencies an offer may be in: the team's (TeamSettingsService#currencies) */
    public NegotiationPanel(NegotiationService service, GuidanceService guidanceService, long complaintId,
                            java.util.Collection<String> currencies) {
        this.service = service;
        this.complaintId = complaintId;
        this.guidance = guidanceService.forCase(complaintId).orElse(null);
        this.guidancePart = new GuidancePart(guidance, "");
        this.offerMoney = new MoneyField(currencies).withIds("offer")
                .withLabels("negotiation.offer.amount", "negotiation.offer.currency");
        this.amount = offerMoney.amount;
        this.currency = offerMoney.currency;
        currency.setWidth("6em");
        setId("negotiation");
        addClassName("cd-negotiation");
        setPadding(false);

        settleNow.setId("settle-now");
        settleNow.addClassName("cd-settle-now");
        settleNow.getStyle().set("background", "var(--lumo-success-color-10pct)")
                .set("color", "var(--lumo-success-text-color)").set("font-weight", "600")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");
        waitingTooLong.setId("waiting-too-long");
        waitingTooLong.addClassName("cd-warning");
        verdict.setId("negotiation-verdict");
        verdict.addClassName("cd-negotiation-verdict");

        add(settleNow, waitingTooLong, bottomLineSection(), roundsSection(), offerSection());
        refresh();
    }

    private VerticalLayout bottomLineSection() {
        var title = new H3(getTranslation("negotiation.bottomLine.title"));
        var hint = new Span(getTranslation("negotiation.bottomLine.hint"));
        bottomLineSummary.setId("bottom-line-summary");
        bottomLineAmount.setId("bottom-line-amount");
        bottomLineAmount.setLabel(getTranslation("negotiation.bottomLine.amount"));
        bottomLineResolutions.setId("bottom-line-resolutions");
        bottomLineResolutions.setLabel(getTranslation("negotiation.bottomLine.acceptable"));
        bottomLineResolutions.setItems(Resolution.values());
        bottomLineResolutions.setItemLabelGenerator(Labels::of);
        bottomLineReason.setId("bottom-line-reason");
        bottomLineReason.setLabel(getTranslation("negotiation.bottomLine.reason"));
        bottomLineReason.setMaxLength(500);
        bottomLineReason.setWidthFull();
        bottomLineError.setId("bottom-line-error");
        bottomLineError.addClassName("cd-form-error");
        bottomLineError.setVisible(false);
        bottomLineSave.setId("bottom-line-save");
        bottomLineSave.setText(getTranslation("negotiation.bottomLine.save"));
        bottomLineSave.addClickListener(e -> saveBottomLine());
        guidanceTake.setId("guidance-take");
        guidanceTake.setText(getTranslation("guidance.take"));
        guidanceTake.addThemeVariants(ButtonVariant.LUMO_SMALL);
        guidanceTake.addClickListener(e -> takeSuggestion());
        if (guidance != null && guidance.suggested() != null) {
            guidancePart.add(guidanceTake);
        }
        guidancePart.setWidthFull();
        var section = new VerticalLayout(title, hint, guidancePart, bottomLineSummary, bottomLineAmount,
                bottomLineResolutions, bottomLineReason, bottomLineError, bottomLineSave);
        section.setPadding(false);
        section.addClassName("cd-bottom-line");
        return section;
    }

    private VerticalLayout roundsSection() {
        rounds.setId("offer-rounds");
        rounds.setPadding(false);
        rounds.setSpacing(true);
        var section = new VerticalLayout(new H3(getTranslation("negotiation.rounds.title")), verdict, rounds);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout offerSection() {
        var title = new H4(getTranslation("negotiation.offer.title"));
        proposer.setId("offer-proposer");
        proposer.setLabel(getTranslation("negotiation.offer.proposer"));
        proposer.setValue(Proposer.BUYER);
        proposer.addValueChangeListener(e -> adaptOfferForm());
        resolution.setId("offer-resolution");
        resolution.setLabel(getTranslation("negotiation.offer.resolution"));
        resolution.setValue(Resolution.PARTIAL_REFUND);
        resolution.addValueChangeListener(e -> adaptOfferForm());
        waitDays.setId("offer-days");
        waitDays.setLabel(getTranslation("negotiation.offer.days"));
        waitDays.setMin(1);
        waitDays.setMax(365);
        proposedAt.setId("offer-proposed-at");
        proposedAt.setLabel(getTranslation("negotiation.offer.proposedAt"));
        note.setId("offer-note");
        note.setLabel(getTranslation("negotiation.offer.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        offerError.setId("offer-error");
        offerError.addClassName("cd-form-error");
        offerError.setVisible(false);
        offerSave.setId("offer-save");
        offerSave.setText(getTranslation("negotiation.offer.save"));
        offerSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        offerSave.addClickListener(e -> saveOffer());
        var what = new HorizontalLayout(proposer, resolution, offerMoney, waitDays, proposedAt);
        what.setWrap(true);
        what.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = new VerticalLayout(title, what, note, offerError, offerSave);
        section.setPadding(false);
        section.addClassName("cd-offer-form");
        adaptOfferForm();
        return section;
    }

    private void adaptOfferForm() {
        Resolution r = resolution.getValue();
        waitDays.setVisible(r != null && r.needsDays());
        // our own offers are stamped now; only a pasted buyer or platform offer has an earlier time
        proposedAt.setVisible(proposer.getValue() != null && proposer.getValue().isCounterparty());
        proposedAt.setMax(LocalDateTime.now(Formats.zone()).plusMinutes(5));
    }

    private void refresh() {
        show(service.view(complaintId));
    }

    private void show(NegotiationSummary view) {
        this.current = view;
        settleNow.setVisible(view.acceptable());
        settleNow.setText(view.acceptable() ? getTranslation("negotiation.settleNow") : "");
        waitingTooLong.setVisible(view.waitingTooLong());
        waitingTooLong.setText(view.waitingTooLong()
                ? getTranslation("negotiation.waitingTooLong", view.waited().toHours()) : "");
        verdict.setVisible(view.openOffer() != null);
        verdict.setText(view.openOffer() == null ? ""
                : getTranslation(view.verdict().reasonKey(), view.verdict().reasonArgs().toArray()));

        BottomLineSummary line = view.bottomLine();
        bottomLineSummary.setText(line == null ? getTranslation("negotiation.bottomLine.none")
                : getTranslation("negotiation.bottomLine.summary", money(line.maxAmount(), line.shareOfOrder()),
                String.join(", ", line.acceptable().stream().sorted().map(Labels::of).toList()),
                line.setBy(), Formats.dateTime(line.setAt())) + followed(this, line));
        bottomLineAmount.setSuffixComponent(new Span(view.orderValue().currencyCode()));
        bottomLineAmount.setHelperText(getTranslation("negotiation.bottomLine.orderValue",
                Formats.money(view.orderValue())));
        if (line != null && bottomLineAmount.isEmpty()) {
            bottomLineAmount.setValue(line.maxAmount().amount());
            bottomLineResolutions.setValue(line.acceptable());
        }
        // a change after offers exist must say why; before, the team is still making up its mind
        bottomLineReason.setVisible(line != null && view.hasOffers());
        if (currency.isEmpty()) {
            currency.setValue(view.orderValue().currencyCode());
        }

        rounds.removeAll();
        if (view.rounds().isEmpty()) {
            var empty = new Span(getTranslation("negotiation.rounds.empty"));
            empty.setId("offer-rounds-empty");
            rounds.add(empty);
        }
        view.rounds().forEach(r -> rounds.add(round(r)));
    }

    private Div round(OfferRound r) {
        var row = new Div();
        row.setId("offer-" + r.id());
        row.addClassName("cd-offer-round");
        row.addClassName("cd-offer-" + r.proposer().name().toLowerCase(java.util.Locale.ROOT));
        row.getStyle().set("padding", "var(--lumo-space-s)")
                .set("border-left", "3px solid var(--lumo-contrast-20pct)");
        if (r.isOpen()) {
            row.addClassName("cd-offer-open");
            row.getStyle().set("border-left", "3px solid var(--lumo-primary-color)")
                    .set("background", "var(--lumo-primary-color-10pct)");
        }
        var who = new Span(Labels.of(r.proposer()));
        who.addClassName("cd-offer-who");
        String what = Labels.of(r.resolution())
                + (r.waitDays() == null ? "" : " " + getTranslation("negotiation.offer.daysShort", r.waitDays()));
        var resolutionText = new Span(what);
        resolutionText.addClassName("cd-offer-resolution");
        var money = new Span(r.amount() == null ? "" : money(r.amount(), r.shareOfOrder()));
        money.addClassName("cd-offer-amount");
        var when = new Span(Formats.dateTime(r.proposedAt()));
        when.addClassName("cd-offer-when");
        var answer = new Span(Labels.of(r.answer())
                + (r.answeredAt() == null ? "" : " · " + Formats.dateTime(r.answeredAt())));
        answer.addClassName("cd-offer-answer");
        var line = new HorizontalLayout(who, resolutionText, money, when, answer);
        line.setWrap(true);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.add(line);
        if (r.note() != null) {
            var noteText = new Div();
            noteText.setText(r.note());
            noteText.addClassName("cd-offer-note");
            row.add(noteText);
        }
        if (r.isOpen()) {
            var accept = new Button(getTranslation("negotiation.answer.accept"), e -> answer(r.id(), Answer.ACCEPTED));
            accept.setId("offer-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            var reject = new Button(getTranslation("negotiation.answer.reject"), e -> answer(r.id(), Answer.REJECTED));
            reject.setId("offer-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            row.add(new HorizontalLayout(accept, reject));
        }
        return row;
    }

    /** " · follows the suggestion" or " · suggestion was …", or nothing when no suggestion was shown. */
    static String followed(com.vaadin.flow.component.Component reader, BottomLineSummary line) {
        if (line.followedSuggestion() == null || line.suggested() == null) {
            return "";
        }
        return " · " + (line.followedSuggestion() ? reader.getTranslation("guidance.followed")
                : reader.getTranslation("guidance.changed", Formats.money(line.suggested())));
    }

    private String money(Money m, BigDecimal share) {
        return Formats.money(m) + (share == null ? "" : " (" + Formats.number(share) + " %)");
    }

    /**
     * Fills the bottom line form with the suggestion: its amount, and when no resolution is chosen yet the ones a
     * fifth or more of the peers were given (at least the most frequent). Nothing is saved until the agent saves.
     */
    void takeSuggestion() {
        if (guidance == null || guidance.suggested() == null) {
            return;
        }
        bottomLineAmount.setValue(guidance.suggested().amount());
        if (bottomLineResolutions.getValue().isEmpty() && !guidance.resolutions().isEmpty()) {
            var given = new java.util.HashSet<Resolution>();
            given.add(guidance.resolutions().getFirst().resolution());
            guidance.resolutions().stream().filter(r -> r.percent().compareTo(BigDecimal.valueOf(20)) >= 0)
                    .forEach(r -> given.add(r.resolution()));
            bottomLineResolutions.setValue(given);
        }
    }

    void saveBottomLine() {
        var form = new BottomLineForm();
        form.setMaxAmount(bottomLineAmount.getValue());
        if (guidance != null && guidance.suggested() != null) {
            form.setSuggestedAmount(guidance.suggested().amount());
            form.setSuggestedShare(guidance.suggestedShare());
        }
        form.setAcceptable(bottomLineResolutions.getValue());
        form.setReason(bottomLineReason.isVisible() ? bottomLineReason.getValue() : null);
        if (act(() -> service.setBottomLine(complaintId, form), bottomLineError, "negotiation.bottomLine.saved")) {
            bottomLineReason.clear();
        }
    }

    void saveOffer() {
        var offer = new NewOffer();
        offer.setProposer(proposer.getValue());
        offer.setResolution(resolution.getValue());
        offer.setAmount(amount.getValue());
        offer.setCurrency(currency.getValue());
        offer.setWaitDays(waitDays.isVisible() ? waitDays.getValue() : null);
        offer.setNote(note.getValue());
        offer.setProposedAt(proposedAt.isVisible() ? proposedAt.getValue() : null);
        if (act(() -> service.recordOffer(complaintId, offer, Formats.zone()), offerError,
                "negotiation.offer.saved")) {
            amount.clear();
            waitDays.clear();
            note.clear();
            proposedAt.clear();
        }
    }

    private void answer(long offerId, Answer answer) {
        var answered = Attempt.get(() -> service.answer(offerId, answer));
        if (answered.isEmpty()) {
            refresh(); // decided meanwhile, say: show it as it is now
            return;
        }
        var view = answered.get();
        show(view);
        Notifications.success(getTranslation("negotiation.answer.saved", Labels.of(answer)));
        if (answer == Answer.ACCEPTED) {
            view.rounds().stream().filter(r -> r.id() == offerId).findFirst().ifPresent(onAccepted);
        }
    }

    private boolean act(Supplier<NegotiationSummary> action, Div error, String successKey) {
        error.setVisible(false);
        var done = Attempt.get(action, problem -> {
            error.setText(problem);
            error.setVisible(true);
        });
        done.ifPresent(view -> {
            show(view);
            Notifications.success(getTranslation(successKey));
        });
        return done.isPresent();
    }

    NegotiationSummary current() {
        return current;
    }
}
