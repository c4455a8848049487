package com.claimdesk.settings.ui;

import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.CurrencyField;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.security.Role;
import com.claimdesk.settings.NewRate;
import com.claimdesk.settings.RateRecord;
import com.claimdesk.settings.TeamLimits;
import com.claimdesk.settings.TeamSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Where the admin keeps the base currency, the refund approval limits and the exchange rates. */
@Route("admin/settings")
@Menu(order = 91, icon = "vaadin:cog", title = "nav.settings")
@RolesAllowed(Role.ADMIN_ROLE)
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient java.time.Clock clock;

    /** A rate can be added for any currency, and any can become the base: every ISO 4217 code the JDK knows. */
    private static final List<String> ISO_CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().toList();

    private final transient TeamSettingsService service;
    final CurrencyField baseCurrency = new CurrencyField(ISO_CURRENCIES);
    final BigDecimalField agentLimit = new BigDecimalField();
    final BigDecimalField managerLimit = new BigDecimalField();
    final Grid<RateRecord> rates = new Grid<>();
    final CurrencyField rateCurrency = new CurrencyField(ISO_CURRENCIES);
    final BigDecimalField rate = new BigDecimalField();
    final DatePicker validFrom = new DatePicker();
    private final BeanValidationBinder<NewRate> rateBinder = new BeanValidationBinder<>(NewRate.class);
    private TeamLimits limits;

    SettingsView(TeamSettingsService service, java.time.Clock clock) {
        this.clock = clock;
        this.service = service;
        setMaxWidth("60em");

        baseCurrency.setId("base-currency");
        baseCurrency.setLabel(getTranslation("settings.baseCurrency"));
        agentLimit.setId("agent-limit");
        agentLimit.setLabel(getTranslation("settings.agentLimit"));
        agentLimit.setHelperText(getTranslation("settings.agentLimit.help"));
        managerLimit.setId("manager-limit");
        managerLimit.setLabel(getTranslation("settings.managerLimit"));
        managerLimit.setHelperText(getTranslation("settings.managerLimit.help"));
        var saveLimits = new Button(getTranslation("action.save"), e -> saveLimits());
        saveLimits.setId("save-limits");
        saveLimits.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var limitsRow = new HorizontalLayout(baseCurrency, agentLimit, managerLimit, saveLimits);
        limitsRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        limitsRow.setWrap(true);

        rates.setId("rates-grid");
        rates.addColumn(RateRecord::currency).setHeader(getTranslation("settings.rate.currency")).setAutoWidth(true);
        rates.addColumn(r -> "1 " + r.currency() + " = " + r.rate().toPlainString() + " " + r.baseCurrency())
                .setHeader(getTranslation("settings.rate")).setAutoWidth(true);
        rates.addColumn(r -> Formats.date(r.validFrom())).setHeader(getTranslation("settings.rate.validFrom"))
                .setAutoWidth(true);
        rates.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("settings.rate.added"))
                .setAutoWidth(true);
        rates.setAllRowsVisible(true);

        rateCurrency.setId("rate-currency");
        rateCurrency.setLabel(getTranslation("settings.rate.currency"));
        rate.setId("rate-value");
        rate.setLabel(getTranslation("settings.rate"));
        validFrom.setId("rate-valid-from");
        validFrom.setLabel(getTranslation("settings.rate.validFrom"));
        rateBinder.forField(rateCurrency).bind("currency");
        rateBinder.forField(rate).bind("rate");
        rateBinder.forField(validFrom).bind("validFrom");
        var addRate = new Button(getTranslation("settings.rate.add"), e -> addRate());
        addRate.setId("add-rate");
        var rateRow = new HorizontalLayout(rateCurrency, rate, validFrom, addRate);
        rateRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        rateRow.setWrap(true);

        add(new H3(getTranslation("settings.limits")), new Paragraph(getTranslation("settings.limits.explain")),
                limitsRow, new H3(getTranslation("settings.rates")),
                new Paragraph(getTranslation("settings.rates.explain")), rateRow, rates);
        refresh();
    }

    private void refresh() {
        limits = service.limits();
        baseCurrency.setValue(limits.baseCurrency());
        agentLimit.setValue(limits.agentLimit().amount());
        managerLimit.setValue(limits.managerLimit().amount());
        rates.setItems(service.rates());
        var blank = new NewRate();
        blank.setValidFrom(LocalDate.now(clock.withZone(Formats.zone())));
        rateBinder.readBean(blank);
    }

    void saveLimits() {
        if (Attempt.run(() -> service.changeLimits(baseCurrency.getValue(), agentLimit.getValue(),
                managerLimit.getValue(), limits.version()))) {
            Notifications.success(getTranslation("settings.saved"));
            refresh();
        }
    }

    void addRate() {
        var bean = new NewRate();
        if (!rateBinder.writeBeanIfValid(bean)) {
            return; // shown at the fields
        }
        if (Attempt.run(() -> service.addRate(bean))) {
            Notifications.success(getTranslation("settings.rate.added.done", bean.getCurrency()));
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
