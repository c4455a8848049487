package com.claimdesk.settlement.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.CurrencyField;
import com.claimdesk.base.ui.EnumSelect;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.MoneyField;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.refund.RefundAssessment;
import com.claimdesk.refund.RefundStatus;
import com.claimdesk.refund.RefundSummary;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.FeedbackOutcome;
import com.claimdesk.settlement.RefundAwaitsApproval;
import com.claimdesk.settlement.SettlementForm;
import com.claimdesk.settlement.SettlementService;
import com.claimdesk.settlement.SettlementSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settlement of a case: what was given, the cost ledger (each line in its own currency, the base total worked
 * out by the server with the team's rates) and how the buyer came out of it. Saving it resolves the case. The form
 * starts from what is known: the accepted offer and the approved refunds. A refund typed into the ledger is asked for
 * as a refund request when saved; each such line says beforehand what that needs, and when one needs approval the
 * save button says it asks for it instead of resolving (docs/decisions/070-refund-integrity.md).
 */
class SettlementPanel extends VerticalLayout {

    /** The three answers to "does the buyer stay a customer?"; "not known" is stored as no answer. */
    enum Stays { YES, NO, UNKNOWN }

    private final transient SettlementService service;
    private final long complaintId;
    private final String orderCurrency;
    private final Runnable afterSettle;
    private final Runnable afterRefundRequested;
    private final boolean editable;
    private final Collection<String> currencies;

    final EnumSelect<Resolution> resolution = new EnumSelect<>(Resolution.class);
    final RadioButtonGroup<Stays> buyerStays = new RadioButtonGroup<>();
    final EnumSelect<FeedbackOutcome> feedback = new EnumSelect<>(FeedbackOutcome.class);
    final TextArea note = new TextArea();
    final VerticalLayout lines = new VerticalLayout();
    final Span localTotal = new Span();
    final Button save = new Button();
    final Paragraph approvalNote = new Paragraph();
    private boolean recordedBefore;
    final Grid<SettlementSummary.Line> ledger = new Grid<>();
    private final Div recorded = new Div();
    private final BeanValidationBinder<SettlementForm> binder = new BeanValidationBinder<>(SettlementForm.class);
    final List<LineEditor> editors = new ArrayList<>();
    private Long offerId;

    /**
     * @param editable             false once the case is closed: the settlement is then only shown
     * @param currencies           the currencies a cost may be in: the team's (TeamSettingsService#currencies)
     * @param afterSettle          called after a save, so the page shows the case's new status
     * @param afterRefundRequested called when saving asked for a refund that needs approval instead of settling, so
     *                             the page shows the case waiting; this form keeps what was entered
     */
    SettlementPanel(SettlementService service, long complaintId, String orderCurrency, boolean editable,
                    Collection<String> currencies, Runnable afterSettle, Runnable afterRefundRequested) {
        this.service = service;
        this.complaintId = complaintId;
        this.orderCurrency = orderCurrency;
        this.afterSettle = afterSettle;
        this.afterRefundRequested = afterRefundRequested;
        this.editable = editable;
        this.currencies = currencies;
        setPadding(false);
        setId("settlement");

        ledger.setId("settlement-ledger");
        ledger.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ledger.setAllRowsVisible(true);
        ledger.addColumn(l -> Labels.of(l.kind())).setHeader(getTranslation("settlement.cost.kind")).setAutoWidth(true);
        ledger.addColumn(l -> Formats.money(l.amount())).setHeader(getTranslation("settlement.cost.amount"))
                .setAutoWidth(true);
        ledger.addColumn(l -> Formats.money(l.baseAmount()) + (l.amount().currencyCode().equals(l.baseAmount().currencyCode())
                        ? "" : " (" + l.rate().toPlainString() + ", " + Formats.date(l.rateValidFrom()) + ")"))
                .setHeader(getTranslation("settlement.cost.base")).setAutoWidth(true);
        ledger.addColumn(l -> l.note() == null ? "" : l.note()).setHeader(getTranslation("settlement.cost.note"))
                .setFlexGrow(1);
        recorded.setId("settlement-recorded");

        add(new H3(getTranslation("settlement.title")), recorded);
        if (editable) {
            add(form());
        }
        load();
    }

    private VerticalLayout form() {
        resolution.setId("settlement-resolution");
        resolution.setLabel(getTranslation("settlement.resolution"));
        buyerStays.setId("settlement-buyer-stays");
        buyerStays.setLabel(getTranslation("settlement.buyerStays"));
        buyerStays.setItems(Stays.values());
        buyerStays.setItemLabelGenerator(s -> getTranslation("settlement.buyerStays." + s.name()));
        feedback.setId("settlement-feedback");
        feedback.setLabel(getTranslation("settlement.feedback"));
        note.setId("settlement-note");
        note.setLabel(getTranslation("settlement.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        binder.forField(resolution).bind("resolution");
        binder.forField(feedback).bind("feedback");
        binder.forField(note).bind("note");
        binder.forField(buyerStays)
                .withConverter(s -> s == null || s == Stays.UNKNOWN ? null : s == Stays.YES,
                        b -> b == null ? Stays.UNKNOWN : b ? Stays.YES : Stays.NO)
                .bind(SettlementForm::getBuyerStays, SettlementForm::setBuyerStays);

        lines.setId("settlement-lines");
        lines.setPadding(false);
        lines.setSpacing(false);
        var addLine = new Button(getTranslation("settlement.cost.add"), VaadinIcon.PLUS.create(),
                e -> addLine(new CostLine(CostKind.OTHER, null, orderCurrency, null, null), false));
        addLine.setId("settlement-add-line");
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        localTotal.setId("settlement-local-total");
        localTotal.addClassName("cd-muted");

        save.setId("settlement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        save.addClickListener(e -> save());
        approvalNote.setId("settlement-approval-note");
        approvalNote.addClassName("cd-warning");
        approvalNote.setText(getTranslation("settlement.approvalNote"));
        approvalNote.setVisible(false);

        var head = new HorizontalLayout(resolution, feedback);
        head.setWrap(true);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        var form = new VerticalLayout(new H4(getTranslation("settlement.form.title")), head, buyerStays,
                new H4(getTranslation("settlement.ledger")), lines, addLine, localTotal, note, approvalNote, save);
        form.setPadding(false);
        form.addClassName("cd-settlement-form");
        return form;
    }

    private void load() {
        var view = service.find(complaintId);
        showRecorded(view.orElse(null));
        if (editable) {
            recordedBefore = view.isPresent();
            fill(service.proposal(complaintId));
        }
    }

    /**
     * The save button says what saving will do: resolve, correct, or only ask for a refund's approval; while a refund
     * of the ledger waits for its decision there is nothing it could do.
     */
    void updateSaveAction() {
        boolean waits = editors.stream().anyMatch(LineEditor::awaitsApproval);
        boolean asks = !waits && editors.stream().anyMatch(LineEditor::needsApproval);
        approvalNote.setText(getTranslation(waits ? "settlement.waitingNote" : "settlement.approvalNote"));
        approvalNote.setVisible(waits || asks);
        save.setEnabled(!waits);
        save.setText(getTranslation(asks ? "settlement.save.askApproval"
                : recordedBefore ? "settlement.save.correct" : "settlement.save"));
    }

    private void showRecorded(SettlementSummary v) {
        recorded.removeAll();
        if (v == null) {
            var none = new Paragraph(getTranslation("settlement.none"));
            none.setId("settlement-none");
            recorded.add(none);
            return;
        }
        String stays = getTranslation("settlement.buyerStays." + (v.buyerStays() == null ? Stays.UNKNOWN
                : v.buyerStays() ? Stays.YES : Stays.NO).name());
        var summary = new Paragraph(getTranslation("settlement.summary", Labels.of(v.resolution()),
                Formats.money(v.baseTotal()), stays, Labels.of(v.feedback()), v.settledBy(),
                Formats.dateTime(v.settledAt())));
        summary.setId("settlement-summary");
        ledger.setItems(v.costs());
        var total = new Span(getTranslation("settlement.total", Formats.money(v.baseTotal())));
        total.setId("settlement-total");
        total.addClassName("cd-settlement-total");
        recorded.add(summary);
        if (!v.costs().isEmpty()) {
            recorded.add(ledger);
        }
        recorded.add(total);
        if (v.note() != null) {
            recorded.add(new Paragraph(v.note()));
        }
    }

    private void fill(SettlementForm proposal) {
        offerId = proposal.getOfferId();
        binder.readBean(proposal);
        lines.removeAll();
        editors.clear();
        // a refund line the proposal brings without a request was booked before every refund had to be one
        proposal.getCosts().forEach(line -> addLine(line, line.getKind() == CostKind.REFUND
                && line.getRefundRequestId() == null));
        updateLocalTotal();
        updateSaveAction();
    }

    /** Prepares the form from an accepted offer (its resolution, linked to it). */
    public void prefill(Resolution acceptedResolution, long acceptedOfferId) {
        resolution.setValue(acceptedResolution);
        offerId = acceptedOfferId;
    }

    private void addLine(CostLine line, boolean bookedBefore) {
        var editor = new LineEditor(line, editors.size(), bookedBefore);
        editors.add(editor);
        lines.add(editor);
        updateLocalTotal();
    }

    /** The total per currency as typed; the base total comes from the server, which knows the rates. */
    void updateLocalTotal() {
        Map<String, BigDecimal> perCurrency = new TreeMap<>();
        for (LineEditor e : editors) {
            if (e.amount.getValue() != null && e.currency.getValue() != null) {
                perCurrency.merge(e.currency.getValue(), e.amount.getValue(), BigDecimal::add);
            }
        }
        localTotal.setText(perCurrency.isEmpty() ? getTranslation("settlement.cost.noLines")
                : getTranslation("settlement.cost.sum", String.join(" + ", perCurrency.entrySet().stream()
                .map(en -> Formats.money(Money.of(en.getValue(), en.getKey()))).toList())));
    }

    void save() {
        var form = new SettlementForm();
        boolean valid = binder.writeBeanIfValid(form);
        List<CostLine> costs = new ArrayList<>();
        for (LineEditor e : editors) {
            var line = new CostLine();
            if (e.binder.writeBeanIfValid(line)) {
                line.setRefundRequestId(e.refundRequestId);
                costs.add(line);
            } else {
                valid = false;
            }
        }
        if (!valid) {
            return; // the fields say what is wrong
        }
        form.setOfferId(offerId);
        form.setCosts(costs);
        Attempt.run(() -> {
            try {
                var saved = service.settle(complaintId, form);
                Notifications.success(getTranslation("settlement.saved", Formats.money(saved.baseTotal())));
                load();
                afterSettle.run();
            } catch (RefundAwaitsApproval waiting) {
                askedForApproval(waiting);
            }
        });
    }

    /** Not an error: the refund was asked for, the case now waits for the decision. */
    private void askedForApproval(RefundAwaitsApproval waiting) {
        // the lines now are those requests: saving again must not ask for them a second time
        List<String> asked = new ArrayList<>();
        waiting.requestedByLine().forEach((index, request) -> {
            editors.get(index).linkTo(request);
            if (request.status() == RefundStatus.PENDING) {
                asked.add(getTranslation("settlement.refundAsked.one", Formats.money(request.amount()),
                        Labels.of(request.requiredLevel())));
            }
        });
        updateSaveAction();
        var told = new Notification(getTranslation("settlement.refundAsked", String.join(", ", asked)), 10_000,
                Notification.Position.MIDDLE);
        told.setId("settlement-refund-asked");
        told.addThemeVariants(NotificationVariant.LUMO_WARNING);
        told.open();
        afterRefundRequested.run();
    }

    /**
     * One ledger line in the form. A line that is a refund request keeps the request's amount; a refund typed in
     * says what asking for it will need.
     */
    final class LineEditor extends HorizontalLayout {

        final EnumSelect<CostKind> kind = new EnumSelect<>(CostKind.class);
        final MoneyField money = new MoneyField(currencies);
        final BigDecimalField amount = money.amount;
        final CurrencyField currency = money.currency;
        final TextField lineNote = new TextField();
        final Span refundHint = new Span();
        final BeanValidationBinder<CostLine> binder = new BeanValidationBinder<>(CostLine.class);
        Long refundRequestId;
        private final boolean bookedBefore;
        private final Span tag = new Span();
        private boolean needsApproval;
        private boolean awaitsApproval;

        LineEditor(CostLine line, int index, boolean bookedBefore) {
            this.refundRequestId = line.getRefundRequestId();
            this.bookedBefore = bookedBefore;
            setId("cost-line-" + index);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            kind.setId("cost-kind-" + index);
            kind.setAriaLabel(getTranslation("settlement.cost.kind"));
            kind.addValueChangeListener(e -> explain());
            amount.setId("cost-amount-" + index);
            amount.setAriaLabel(getTranslation("settlement.cost.amount"));
            amount.setWidth("9em");
            amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            amount.addValueChangeListener(e -> {
                updateLocalTotal();
                explain();
            });
            currency.setId("cost-currency-" + index);
            currency.setAriaLabel(getTranslation("complaint.currency"));
            currency.addValueChangeListener(e -> {
                updateLocalTotal();
                explain();
            });
            lineNote.setId("cost-note-" + index);
            lineNote.setPlaceholder(getTranslation("settlement.cost.note"));
            lineNote.setMaxLength(500);
            refundHint.setId("cost-refund-hint-" + index);
            refundHint.addClassName("cd-muted");
            refundHint.setVisible(false);
            tag.addClassName("cd-tag");
            tag.setVisible(false);
            binder.forField(kind).bind("kind");
            binder.forField(amount).bind("amount");
            binder.forField(currency).bind("currency");
            binder.forField(lineNote).bind("note");
            binder.readBean(line);
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                editors.remove(this);
                lines.remove(this);
                updateLocalTotal();
                updateSaveAction();
            });
            remove.setId("cost-remove-" + index);
            remove.setAriaLabel(getTranslation("settlement.cost.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            add(kind, money, lineNote, remove, tag, refundHint);
            if (refundRequestId != null) {
                // the approved refund's stored amount is what counts; the server takes it from the refund
                fix("settlement.cost.fromRefund");
            } else if (bookedBefore) {
                // kept as it was booked; changed, it would be a new refund and asked for as one
                fix("settlement.cost.bookedBefore");
            }
            explain();
        }

        boolean needsApproval() {
            return needsApproval;
        }

        boolean awaitsApproval() {
            return awaitsApproval;
        }

        /** The request saving made of this line: from now on the line is that request. */
        void linkTo(RefundSummary request) {
            refundRequestId = request.id();
            awaitsApproval = request.status() == RefundStatus.PENDING;
            fix(request.status() == RefundStatus.PENDING ? "settlement.cost.awaitingApproval"
                    : "settlement.cost.fromRefund");
            explain();
        }

        private void fix(String tagKey) {
            kind.setReadOnly(true);
            amount.setReadOnly(true);
            currency.setReadOnly(true);
            tag.setText(getTranslation(tagKey));
            tag.setVisible(true);
        }

        /** A refund typed in goes through the refund limits and approval: say what it will need before saving. */
        private void explain() {
            needsApproval = false;
            boolean typedRefund = kind.getValue() == CostKind.REFUND && refundRequestId == null && !bookedBefore;
            refundHint.setVisible(typedRefund);
            if (typedRefund) {
                refundHint.removeClassName("cd-warning");
                if (amount.getValue() == null || amount.getValue().signum() <= 0 || currency.getValue() == null) {
                    refundHint.setText(getTranslation("settlement.cost.refundHint"));
                } else {
                    try {
                        RefundAssessment a = service.assessRefundLine(complaintId,
                                Money.of(amount.getValue(), currency.getValue()));
                        needsApproval = !a.settledAtOnce();
                        refundHint.setText(needsApproval
                                ? getTranslation(a.beyondBottomLine() ? "settlement.cost.refundHint.beyond"
                                        : "settlement.cost.refundHint.approval", Formats.money(a.amount()),
                                        Labels.of(a.requiredLevel()), Formats.money(a.caseTotal()))
                                : getTranslation("settlement.cost.refundHint.atOnce", Formats.money(a.amount())));
                        if (needsApproval) {
                            refundHint.addClassName("cd-warning");
                        }
                    } catch (DomainException | IllegalArgumentException e) {
                        // no rate for the currency, or more decimals than it has: the save says so at the field
                        refundHint.setText(e instanceof DomainException de ? Notifications.describe(de)
                                : getTranslation("settlement.cost.refundHint"));
                    }
                }
            }
            updateSaveAction();
        }
    }
}
