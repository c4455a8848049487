package com.claimdesk.refund.ui;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.CurrencyField;
import com.claimdesk.base.ui.EnumSelect;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.MoneyField;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.refund.NewRefund;
import com.claimdesk.refund.RefundMethod;
import com.claimdesk.refund.RefundService;
import com.claimdesk.refund.RefundSummary;
import com.claimdesk.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.ConstraintViolationException;

/**
 * The refunds of a case: what was asked, what it is worth in the base currency at which rate, who must approve and
 * what they decided; and the form to ask for one. Within the agent limit a refund is settled at once.
 */
public class RefundPanel extends VerticalLayout {

    private final transient RefundService service;
    private final long complaintId;
    private final Runnable afterRequest;
    final Grid<RefundSummary> grid = new Grid<>();
    private final java.util.Collection<String> currencies;
    final MoneyField money;
    final BigDecimalField amount;
    final CurrencyField currency;
    final EnumSelect<RefundMethod> method = new EnumSelect<>(RefundMethod.class);
    final TextField reason = new TextField();
    /** Which approval the refund in the form will need, and why, as the amount and currency change. */
    final com.vaadin.flow.component.html.Div approval = new com.vaadin.flow.component.html.Div();
    private final BeanValidationBinder<NewRefund> binder = new BeanValidationBinder<>(NewRefund.class);
    private Long offerId;

    /**
     * @param currencies   the currencies a refund may be in: the team's (TeamSettingsService#currencies)
     * @param afterRequest called after a request was stored, e.g. so the page shows the case's new status
     */
    RefundPanel(RefundService service, long complaintId, String orderCurrency, java.util.Collection<String> currencies,
                Runnable afterRequest) {
        this.service = service;
        this.complaintId = complaintId;
        this.afterRequest = afterRequest;
        this.currencies = currencies;
        this.money = new MoneyField(currencies).withIds("refund").withLabels("refund.amount", "complaint.currency");
        this.amount = money.amount;
        this.currency = money.currency;
        setPadding(false);
        setId("refunds");

        grid.setId("refunds-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Formats.money(r.amount()) + (r.amount().equals(r.baseAmount()) ? ""
                        : " = " + Formats.money(r.baseAmount()) + " (" + r.rate().toPlainString() + ")"))
                .setHeader(getTranslation("refund.amount")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.method())).setHeader(getTranslation("refund.method")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.requiredLevel()) + (r.beyondBottomLine() ? " · " + getTranslation("refund.beyondBottomLine") : "")).setHeader(getTranslation("refund.level")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.status()) + (r.decidedBy() == null || r.status().name().equals("PENDING") ? ""
                        : " · " + r.decidedBy() + (r.decisionComment() == null ? "" : ": " + r.decisionComment())))
                .setHeader(getTranslation("refund.status")).setFlexGrow(1);
        grid.addColumn(r -> r.requestedBy() + " · " + Formats.dateTime(r.requestedAt()))
                .setHeader(getTranslation("refund.requested")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            // only the requester corrects a waiting request; others reject it with a comment (four eyes)
            if (!r.editableBy(CurrentUser.id())) {
                return new Span();
            }
            var edit = new Button(getTranslation("refund.edit"), e -> edit(r));
            edit.setId("refund-edit-" + r.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);

        method.setId("refund-method");
        method.setLabel(getTranslation("refund.method"));
        reason.setId("refund-reason");
        reason.setLabel(getTranslation("refund.reason"));
        reason.setMaxLength(1000);
        reason.setWidth("20em");
        binder.forField(amount).bind("amount");
        binder.forField(currency).bind("currency");
        binder.forField(method).bind("method");
        binder.forField(reason).bind("reason");
        var bean = new NewRefund();
        bean.setCurrency(orderCurrency);
        binder.readBean(bean);
        var submit = new Button(getTranslation("refund.request"), e -> submit());
        submit.setId("refund-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(money, method, reason, submit);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        approval.setId("refund-approval");
        approval.setVisible(false);
        // said while typing, not only when the field is left: the agent reads it before pressing the button
        amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.TIMEOUT);
        amount.setValueChangeTimeout(300);
        amount.addValueChangeListener(e -> showApproval());
        currency.addValueChangeListener(e -> showApproval());

        add(new H3(getTranslation("refund.title")), grid, form, approval);
        refresh();
    }

    /**
     * Fills the form from an accepted offer, so the agent only checks and sends it; the request is linked to the
     * offer.
     */
    void prefill(java.math.BigDecimal offerAmount, String offerCurrency, String why, long acceptedOfferId) {
        var bean = new NewRefund();
        bean.setAmount(offerAmount);
        bean.setCurrency(offerCurrency);
        bean.setReason(why);
        binder.readBean(bean);
        this.offerId = acceptedOfferId;
        amount.focus();
    }

    private void refresh() {
        grid.setItems(service.forCase(complaintId));
    }

    /** Asks the server which approval the amount would need: the rule the request is then judged by. */
    private void showApproval() {
        approval.removeClassNames("cd-muted", "cd-warning", "cd-form-error");
        var value = amount.getValue();
        if (value == null || value.signum() <= 0 || currency.getValue() == null) {
            approval.setVisible(false);
            return;
        }
        com.claimdesk.base.Money asked;
        try {
            asked = com.claimdesk.base.Money.of(value, currency.getValue());
        } catch (IllegalArgumentException e) {
            // more decimals than the currency has: the field says so when the request is sent
            approval.setVisible(false);
            return;
        }
        try {
            var a = service.assess(complaintId, asked);
            approval.setText(describe(a));
            approval.addClassName(a.settledAtOnce() ? "cd-muted" : "cd-warning");
        } catch (DomainException | ConstraintViolationException e) {
            // e.g. no exchange rate for the currency: better said now than after pressing the button (a hint
            // beside the form, not a failure to report)
            approval.setText(Notifications.describe(e));
            approval.addClassName("cd-form-error");
        }
        approval.setVisible(true);
    }

    private String describe(com.claimdesk.refund.RefundAssessment a) {
        String agentLimit = Formats.money(a.agentLimit());
        String text = switch (a.requiredLevel()) {
            case AGENT -> getTranslation("refund.approval.agent", agentLimit);
            case MANAGER -> a.limitExceeded() == null
                    ? getTranslation("refund.approval.bottomLine", Formats.money(a.bottomLine()), agentLimit)
                    : getTranslation("refund.approval.manager", Formats.money(a.limitExceeded()));
            case LEAD -> getTranslation("refund.approval.lead", Formats.money(a.limitExceeded()));
        };
        if (a.limitExceeded() != null && a.beyondBottomLine()) {
            text += " " + getTranslation("refund.approval.alsoBeyond", Formats.money(a.bottomLine()));
        }
        if (!a.amount().currencyCode().equals(a.baseAmount().currencyCode())) {
            text += " " + getTranslation("refund.approval.converted", Formats.money(a.baseAmount()));
        }
        if (a.caseTotal().amount().compareTo(a.baseAmount().amount()) != 0) {
            // the limits apply to what the case gives in all
            text += " " + getTranslation("refund.approval.caseTotal", Formats.money(a.caseTotal()));
        }
        return text;
    }

    /** The requester corrects a request that still waits; the server re-converts it with today's rate. */
    void edit(RefundSummary r) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("refund.edit.title"));
        var editMoney = new MoneyField(currencies).withIds("refund-edit").withLabels("refund.amount", "complaint.currency");
        var editMethod = new EnumSelect<>("refund.method", RefundMethod.class);
        var editReason = new TextField(getTranslation("refund.reason"));
        editReason.setId("refund-edit-reason");
        editReason.setMaxLength(1000);
        editReason.setWidthFull();
        var editBinder = new BeanValidationBinder<>(NewRefund.class);
        editBinder.forField(editMoney.amount).bind("amount");
        editBinder.forField(editMoney.currency).bind("currency");
        editBinder.forField(editMethod).bind("method");
        editBinder.forField(editReason).bind("reason");
        var bean = new NewRefund();
        bean.setAmount(r.amount().amount());
        bean.setCurrency(r.amount().currencyCode());
        bean.setMethod(r.method());
        bean.setReason(r.reason());
        editBinder.readBean(bean);
        var save = new Button(getTranslation("refund.edit.save"), e -> {
            var changed = new NewRefund();
            if (!editBinder.writeBeanIfValid(changed)) {
                return; // shown at the fields
            }
            Attempt.run(() -> {
                try {
                    service.edit(r.id(), r.version(), changed);
                } catch (DomainException ex) {
                    if ("refund.error.changed".equals(ex.messageKey())) {
                        // changed in another tab, or decided: edit what it is now, not what this dialog showed
                        dialog.close();
                        refresh();
                    }
                    throw ex;
                }
                dialog.close();
                Notifications.success(getTranslation("refund.edited"));
                refresh();
                afterRequest.run();
            });
        });
        save.setId("refund-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new HorizontalLayout(editMoney, editMethod);
        fields.setWrap(true);
        dialog.add(new VerticalLayout(fields, editReason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void submit() {
        var bean = new NewRefund();
        if (!binder.writeBeanIfValid(bean)) {
            return; // shown at the fields
        }
        bean.setOfferId(offerId);
        Attempt.get(() -> service.request(complaintId, bean)).ifPresent(stored -> {
            offerId = null;
            Notifications.success(getTranslation(stored.status().name().equals("PENDING")
                    ? "refund.requested.pending" : "refund.requested.settled", Labels.of(stored.requiredLevel())));
            var blank = new NewRefund();
            blank.setCurrency(bean.getCurrency());
            binder.readBean(blank);
            refresh();
            afterRequest.run();
        });
    }
}
