package com.claimdesk.report.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.report.ReportFilter;
import com.claimdesk.report.ReportRows.CostDimension;
import com.claimdesk.report.ReportService;
import com.claimdesk.report.ReportSummaries;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.security.Role;
import com.claimdesk.security.UserRef;
import com.claimdesk.security.UserService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePickerVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reports dashboard for managers and team leads. The filters live in the address ({@link ReportUrl}); every
 * report is queried in the background under the viewer's security context and drawn when it arrives (server push),
 * so a slow report shows its progress bar while the others are already there and the page keeps answering. A
 * change of filter before a report arrives makes its answer stale: it is dropped, the newer one is drawn.
 */
@Route("reports")
@Menu(order = 60, icon = "vaadin:chart", title = "nav.reports")
@RolesAllowed(Role.MANAGER_ROLE)
class ReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);

    private final transient ReportService reports;
    private final transient ReportSummaries summaries;
    private final transient TaskExecutor executor;
    private final transient Clock clock;

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<Marketplace> marketplace = new ComboBox<>();
    final ComboBox<Category> category = new ComboBox<>();
    final ComboBox<UserRef> agent = new ComboBox<>();
    final TextField sku = new TextField();
    final Select<CostDimension> costBy = new Select<>();

    final Map<String, ReportCard> cards = new LinkedHashMap<>();
    private final Span currencyNote = new Span();
    private ReportUrl state;
    private boolean updatingFields;
    /** Bumped on every reload; an answer for an older one is dropped (each card keeps its own count too). */
    private int generation;

    ReportsView(ReportService reports, ReportSummaries summaries, UserService users,
                @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.reports = reports;
        this.summaries = summaries;
        this.executor = executor;
        this.clock = clock;
        setWidthFull();
        addClassName("cd-reports");
        state = ReportUrl.defaults(today());

        List<UserRef> workers = users.listCaseWorkers();
        add(filterBar(workers));
        currencyNote.addClassName("cd-report-currency");
        add(currencyNote);

        var grid = new Div();
        grid.addClassName("cd-report-grid");
        for (String key : List.of("flow", "age", "response", "costMonth", "costBy", "refunds", "escalations",
                "rounds", "guidance", "agents")) {
            var card = new ReportCard(key, getTranslation("report." + key + ".title"));
            cards.put(key, card);
            grid.add(card);
        }
        costBy.setItems(CostDimension.values());
        costBy.setItemLabelGenerator(d -> getTranslation("report.costBy.option", Labels.of(d)));
        costBy.setId("report-cost-by-dimension");
        costBy.addThemeVariants(SelectVariant.LUMO_SMALL);
        costBy.setAriaLabel(getTranslation("report.costBy.dimension"));
        costBy.addValueChangeListener(e -> {
            if (!updatingFields && e.isFromClient() && e.getValue() != null) {
                state = state.withCostBy(e.getValue());
                pushUrl();
                loadCostBy(state.toFilter(zone()));
            }
        });
        cards.get("costBy").addControl(costBy);
        add(grid);
    }

    private HorizontalLayout filterBar(List<UserRef> workers) {
        from.setId("report-from");
        from.setLabel(getTranslation("report.filter.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("report.filter.to"));
        for (DatePicker d : List.of(from, to)) {
            d.setLocale(Formats.locale());
            d.setWidth("10em");
            d.addThemeVariants(DatePickerVariant.LUMO_SMALL);
            d.addValueChangeListener(e -> {
                if (!updatingFields && from.getValue() != null && to.getValue() != null) {
                    changed(state.withPeriod(from.getValue(), to.getValue()));
                }
            });
        }
        enumFilter(marketplace, "report-marketplace", "complaint.marketplace", Marketplace.values(),
                m -> state.withMarketplace(m));
        enumFilter(category, "report-category", "complaint.category", Category.values(), c -> state.withCategory(c));

        agent.setId("report-agent");
        agent.setLabel(getTranslation("report.filter.agent"));
        agent.setItems(workers);
        agent.setItemLabelGenerator(UserRef::displayName);
        agent.setClearButtonVisible(true);
        agent.setPlaceholder(getTranslation("queue.filter.any"));
        agent.addThemeVariants(ComboBoxVariant.LUMO_SMALL);
        agent.addValueChangeListener(e -> {
            if (!updatingFields) {
                changed(state.withAgent(e.getValue() == null ? null : e.getValue().id()));
            }
        });

        sku.setId("report-sku");
        sku.setLabel(getTranslation("complaint.sku"));
        sku.setPlaceholder(getTranslation("queue.filter.any"));
        sku.setMaxLength(64);
        sku.setClearButtonVisible(true);
        sku.setValueChangeMode(ValueChangeMode.LAZY);
        sku.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        sku.addValueChangeListener(e -> {
            if (!updatingFields) {
                changed(state.withSku(e.getValue()));
            }
        });

        var bar = new HorizontalLayout(from, to, marketplace, category, agent, sku);
        if (CurrentUser.get().map(u -> u.hasRole(Role.LEAD)).orElse(false)) {
            bar.add(rebuildButton());
        }
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.addClassName("cd-filter-bar");
        return bar;
    }

    private <E extends Enum<E>> void enumFilter(ComboBox<E> box, String id, String labelKey, E[] values,
                                                Function<E, ReportUrl> next) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(Labels::of);
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("queue.filter.any"));
        box.addThemeVariants(ComboBoxVariant.LUMO_SMALL);
        box.addValueChangeListener(e -> {
            if (!updatingFields) {
                changed(next.apply(e.getValue()));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ReportUrl.parse(event.getLocation().getQueryParameters(), today());
        showState();
        reload();
    }

    private void changed(ReportUrl next) {
        if (next.equals(state)) {
            return;
        }
        state = next;
        pushUrl();
        reload();
    }

    private void pushUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("reports", state.toQueryParameters())));
    }

    private void showState() {
        updatingFields = true;
        try {
            from.setValue(state.from());
            to.setValue(state.to());
            marketplace.setValue(state.marketplace());
            category.setValue(state.category());
            agent.setValue(state.agentId() == null ? null : agent.getListDataView().getItems()
                    .filter(u -> Objects.equals(u.id(), state.agentId())).findFirst().orElse(null));
            sku.setValue(state.sku() == null ? "" : state.sku());
            costBy.setValue(state.costBy());
        } finally {
            updatingFields = false;
        }
    }

    /**
     * For the team lead: recomputes the daily summaries the long reports read (after data was changed behind the
     * application's back), in the background, then shows every report again.
     */
    private Button rebuildButton() {
        var button = new Button(getTranslation("report.summaries.rebuild"));
        button.setId("report-rebuild-summaries");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(getTranslation("report.summaries.rebuild.tooltip"));
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            UI ui = UI.getCurrent();
            Executor secured = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
            CompletableFuture.supplyAsync(summaries::rebuild, secured).whenComplete((took, failure) -> ui.access(() -> {
                button.setEnabled(true);
                if (failure != null) {
                    log.error("Rebuilding the report summaries failed", failure);
                    Notifications.error(getTranslation("report.summaries.failed"));
                    return;
                }
                Notifications.success(getTranslation("report.summaries.rebuilt",
                        String.format(Formats.locale(), "%.1f", took.toMillis() / 1000.0)));
                reload();
            }));
        });
        return button;
    }

    /** Starts every report again for the current filters. */
    void reload() {
        int gen = ++generation;
        ReportFilter filter = state.toFilter(zone());
        load("currency", () -> gen == generation, filter, reports::baseCurrency, currency -> {
            currencyNote.setText(getTranslation("report.currency", currency));
            return null;
        });
        card(filter, "flow", () -> reports.flowPerWeek(filter), ReportRendering::flow);
        card(filter, "age", () -> reports.openByAge(filter), ReportRendering::age);
        card(filter, "response", () -> reports.responseTimes(filter), ReportRendering::response);
        card(filter, "costMonth", () -> withCurrency(reports.costPerMonth(filter)),
                r -> ReportRendering.costPerMonth(r.rows(), r.currency()));
        loadCostBy(filter);
        card(filter, "refunds", () -> withCurrency(reports.refundShare(filter)),
                r -> ReportRendering.refunds(r.rows(), r.currency()));
        card(filter, "escalations", () -> withCurrency(reports.escalations(filter)),
                r -> ReportRendering.escalations(r.rows(), r.currency()));
        card(filter, "rounds", () -> withCurrency(reports.roundsToSettlement(filter)),
                r -> ReportRendering.rounds(r.rows(), r.currency()));
        card(filter, "guidance", () -> reports.guidanceOutcomes(filter), ReportRendering::guidance);
        card(filter, "agents", () -> withCurrency(reports.agents(filter)),
                r -> ReportRendering.agents(r.rows(), r.currency()));
    }

    private void loadCostBy(ReportFilter filter) {
        CostDimension dimension = state.costBy();
        card(filter, "costBy", () -> withCurrency(reports.costBy(filter, dimension)),
                r -> ReportRendering.costBy(r.rows(), dimension, r.currency()));
    }

    private record WithCurrency<T>(List<T> rows, String currency) {
    }

    private <T> WithCurrency<T> withCurrency(List<T> rows) {
        return new WithCurrency<>(rows, reports.baseCurrency());
    }

    private <T> void card(ReportFilter filter, String key, Supplier<T> query,
                          Function<T, ReportRendering.Rendered> render) {
        ReportCard card = cards.get(key);
        int token = card.loading(filter.from(), filter.to());
        load(key, () -> card.isCurrent(token), filter, query, result -> {
            card.show(render.apply(result));
            return null;
        });
    }

    /**
     * Runs {@code query} on the task executor with the viewer's security context (the service checks the role
     * there too) and hands its result to {@code apply} in the UI, unless the filters changed meanwhile.
     */
    private <T> void load(String key, java.util.function.BooleanSupplier current, ReportFilter filter,
                          Supplier<T> query, Function<T, Void> apply) {
        UI ui = UI.getCurrent();
        Executor secured = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
        long started = System.nanoTime();
        CompletableFuture.supplyAsync(query, secured).whenComplete((result, failure) -> ui.access(() -> {
            if (!current.getAsBoolean()) {
                return;
            }
            if (failure != null) {
                log.error("Report {} failed for {}", key, filter, failure);
                ReportCard card = cards.get(key);
                if (card != null) {
                    card.failed(getTranslation("report.failed"));
                }
                return;
            }
            log.debug("Report {} took {} ms", key, (System.nanoTime() - started) / 1_000_000);
            apply.apply(result);
        }));
    }

    private ZoneId zone() {
        return Formats.zone();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The reports currently shown, by key: for tests. */
    List<String> loadedReports() {
        List<String> loaded = new ArrayList<>();
        cards.forEach((k, c) -> {
            if (!c.isLoading()) {
                loaded.add(k);
            }
        });
        return loaded;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
