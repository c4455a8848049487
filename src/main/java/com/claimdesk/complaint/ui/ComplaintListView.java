package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.DueText;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.QueueFilter.AssigneeScope;
import com.claimdesk.complaint.QueueCursors;
import com.claimdesk.complaint.QueueSort;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The complaint queue. Rows come a page at a time from the database without counting the whole table; every
 * filter and the sort live in the URL, so a link shows a colleague the same list.
 */
@Route("cases")
@Menu(order = 1, icon = "vaadin:inbox", title = "nav.queue")
@RolesAllowed(Role.AGENT_ROLE)
class ComplaintListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ComplaintService service;
    /** Flags other features raise on cases (e.g. extend the delivery date), each asked once per page. */
    private final transient List<com.claimdesk.complaint.QueueFlag> flags;
    private final transient Clock clock;
    /** Where the fetched pages ended, so that scrolling on seeks instead of skipping rows (decision 050). */
    private final QueueCursors cursors = new QueueCursors();
    /** Per flag name, the cases on the pages fetched so far that carry it. */
    private final java.util.Map<String, java.util.Set<Long>> flagged = new java.util.concurrent.ConcurrentHashMap<>();

    private final Select<String> status = new Select<>();
    private final ComboBox<Category> category = new ComboBox<>();
    private final ComboBox<Marketplace> marketplace = new ComboBox<>();
    private final Select<AssigneeScope> assignee = new Select<>();
    private final Select<com.claimdesk.complaint.QueueFilter.Due> due = new Select<>();
    private final TextField search = new TextField();
    private final Grid<ComplaintListItem> grid = new Grid<>();

    private final java.util.Map<QueueSort.Field, Grid.Column<ComplaintListItem>> sortColumns =
            new java.util.EnumMap<>(QueueSort.Field.class);
    private final transient com.claimdesk.complaint.SavedFilterService savedViews;
    private final QueueBulkBar bulkBar;
    private QueueUrl state = QueueUrl.defaults();
    private boolean applyingUrl;

    ComplaintListView(ComplaintService service, List<com.claimdesk.complaint.QueueFlag> flags, Clock clock,
                      com.claimdesk.complaint.QueueBulkService bulk, com.claimdesk.security.UserService users,
                      com.claimdesk.complaint.SavedFilterService savedViews) {
        this.service = service;
        this.savedViews = savedViews;
        this.flags = List.copyOf(flags);
        this.flags.forEach(f -> flagged.put(f.name(), java.util.concurrent.ConcurrentHashMap.newKeySet()));
        this.clock = clock;
        addClassName("cd-queue");
        setSizeFull();
        setPadding(true);
        bulkBar = new QueueBulkBar(bulk, users, this::selected, this::selectFirst, grid::deselectAll, this::bulkDone);
        add(createFilterBar(), bulkBar, grid);
        configureGrid();
        configureSelection();
        setFlexGrow(1, grid);
    }

    private HorizontalLayout createFilterBar() {
        List<String> statusItems = new ArrayList<>(List.of(QueueUrl.OPEN, QueueUrl.ALL));
        for (ComplaintStatus s : ComplaintStatus.values()) {
            statusItems.add(s.name());
        }
        status.setId("filter-status");
        status.setWidth("10em");
        status.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        status.setLabel(getTranslation("queue.filter.status"));
        status.setItems(statusItems);
        status.setItemLabelGenerator(s -> switch (s) {
            case QueueUrl.OPEN -> getTranslation("queue.filter.status.open");
            case QueueUrl.ALL -> getTranslation("queue.filter.status.all");
            default -> Labels.of(ComplaintStatus.valueOf(s));
        });
        status.addValueChangeListener(e -> changed(state.withStatus(e.getValue())));

        optionalEnumFilter(category, "filter-category", "complaint.category", Category.values(), "11em",
                value -> state.withCategory(value));
        optionalEnumFilter(marketplace, "filter-marketplace", "complaint.marketplace", Marketplace.values(), "13em",
                value -> state.withMarketplace(value));

        assignee.setId("filter-assignee");
        assignee.setWidth("8em");
        assignee.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        assignee.setLabel(getTranslation("complaint.assignee"));
        assignee.setItems(AssigneeScope.values());
        assignee.setItemLabelGenerator(Labels::of);
        assignee.addValueChangeListener(e -> changed(state.withAssignee(e.getValue())));

        due.setId("filter-due");
        due.setWidth("9em");
        due.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        due.setLabel(getTranslation("queue.filter.due"));
        due.setItems(com.claimdesk.complaint.QueueFilter.Due.values());
        due.setItemLabelGenerator(Labels::of);
        due.addValueChangeListener(e -> changed(state.withDue(e.getValue())));

        search.setId("filter-search");
        search.setLabel(getTranslation("queue.filter.search"));
        search.setPlaceholder(getTranslation("queue.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setWidth("15em");
        search.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
        search.addValueChangeListener(e -> changed(state.withText(e.getValue())));

        var newCase = new Button(getTranslation("queue.newCase"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewComplaintView.class)));
        newCase.setId("new-case");
        newCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var saveView = new Button(getTranslation("savedView.save"), VaadinIcon.BOOKMARK.create(),
                e -> new SaveViewDialog(savedViews, state.toCriteria()).open());
        saveView.setId("save-view");
        saveView.getStyle().setMarginLeft("auto");

        var bar = new HorizontalLayout(status, assignee, due, category, marketplace, search, saveView, newCase);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWrap(true);
        bar.addClassName("cd-filter-bar");
        return bar;
    }

    /** A filter on one enum that may also be left empty ("any"). */
    private <E extends Enum<E>> void optionalEnumFilter(ComboBox<E> box, String id, String labelKey, E[] values,
                                                        String width, java.util.function.Function<E, QueueUrl> next) {
        box.setId(id);
        box.setWidth(width);
        box.setLabel(getTranslation(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(Labels::of);
        box.setClearButtonVisible(true);
        box.addThemeVariants(com.vaadin.flow.component.combobox.ComboBoxVariant.LUMO_SMALL);
        box.setPlaceholder(getTranslation("queue.filter.any"));
        box.addValueChangeListener(e -> changed(next.apply(e.getValue())));
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.addClassName("cd-queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.addColumn(LitRenderer.<ComplaintListItem>of("<a href='cases/${item.n}'>${item.n}</a>")
                        .withProperty("n", ComplaintListItem::caseNumber))
                .setHeader(getTranslation("complaint.caseNumber")).setKey("caseNumber")
                .setSortProperty(QueueSort.Field.CASE_NUMBER.name()).setWidth("9.5em").setFlexGrow(0);
        var template = new StringBuilder();
        for (var flag : flags) {
            // name and icon are constants of the flag's feature, never user input
            String p = flagProperty(flag.name());
            template.append("<span class='cd-flag cd-flag-").append(flag.name()).append("' title='${item.").append(p)
                    .append("t}' aria-label='${item.").append(p).append("t}' ?hidden='${!item.").append(p)
                    .append("}'><vaadin-icon icon='").append(flag.icon()).append("' aria-hidden='true'></vaadin-icon>${item.")
                    .append(p).append("l}</span>");
        }
        var marksRenderer = LitRenderer.<ComplaintListItem>of(template.toString());
        for (var flag : flags) {
            // the renderer keeps plain strings, not the flag (a Spring bean)
            String name = flag.name();
            String label = flag.labelKey();
            String tooltip = flag.tooltipKey();
            String p = flagProperty(name);
            marksRenderer.withProperty(p, i -> flagged(name, i.id()))
                    .withProperty(p + "l", i -> flagged(name, i.id()) ? getTranslation(label) : "")
                    .withProperty(p + "t", i -> flagged(name, i.id()) ? getTranslation(tooltip) : "");
        }
        grid.addColumn(marksRenderer)
                .setHeader("").setKey("settleNow").setWidth("9.5em").setFlexGrow(0).setSortable(false);
        // the next pending deadline, kept on the case row by the deadline feature: "due in 3 h" / "overdue 2 d"
        grid.addColumn(LitRenderer.<ComplaintListItem>of("<span class='cd-due ${item.c}' title='${item.t}'>${item.d}</span>")
                        .withProperty("d", i -> DueText.relative(i.nextDeadlineAt(), clock.instant()))
                        .withProperty("c", i -> i.nextDeadlineAt() == null ? ""
                                : DueText.cssClass(DueText.tone(i.nextDeadlineAt(), clock.instant(), service.atRiskWithin())))
                        .withProperty("t", i -> Formats.dateTime(i.nextDeadlineAt())))
                .setHeader(getTranslation("queue.nextDeadline")).setKey("nextDeadline")
                .setSortProperty(QueueSort.Field.URGENCY.name()).setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(i -> i.buyerName() + " · " + i.buyerCountry())
                .setHeader(getTranslation("complaint.buyer")).setKey("buyer")
                .setSortProperty(QueueSort.Field.BUYER.name()).setTooltipGenerator(ComplaintListItem::buyerName)
                .setWidth("11em").setFlexGrow(2);
        grid.addColumn(i -> Labels.of(i.marketplace())).setHeader(getTranslation("complaint.marketplace"))
                .setKey("marketplace").setSortable(false).setTooltipGenerator(i -> Labels.of(i.marketplace()))
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(i -> Labels.of(i.category())).setHeader(getTranslation("complaint.category"))
                .setKey("category").setTooltipGenerator(i -> Labels.of(i.subReason())).setSortable(false)
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(LitRenderer.<ComplaintListItem>of("<span class='cd-badge cd-badge-${item.c}'>${item.s}</span>")
                        .withProperty("c", i -> cssName(i.status()))
                        .withProperty("s", i -> Labels.of(i.status())))
                .setHeader(getTranslation("complaint.status")).setKey("status")
                .setSortProperty(QueueSort.Field.STATUS.name()).setWidth("10em").setFlexGrow(0);
        grid.addColumn(LitRenderer.<ComplaintListItem>of("<span class='cd-priority cd-priority-${item.c}'>${item.p}</span>")
                        .withProperty("c", i -> cssName(i.priority()))
                        .withProperty("p", i -> Labels.of(i.priority())))
                .setHeader(getTranslation("complaint.priority")).setKey("priority")
                .setSortProperty(QueueSort.Field.PRIORITY.name()).setWidth("6em").setFlexGrow(0);
        grid.addColumn(i -> Formats.money(i.claimed())).setHeader(getTranslation("complaint.claimed"))
                .setKey("claimed").setTextAlign(ColumnTextAlign.END)
                .setSortProperty(QueueSort.Field.CLAIMED_AMOUNT.name()).setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(i -> i.assigneeName() == null ? getTranslation("complaint.unassigned") : i.assigneeName())
                .setHeader(getTranslation("complaint.assignee")).setKey("assignee").setSortable(false).setWidth("7em").setFlexGrow(1);
        grid.addColumn(i -> Formats.age(i.createdAt(), clock.instant())).setHeader(getTranslation("complaint.age"))
                .setKey("age").setTooltipGenerator(i -> Formats.dateTime(i.createdAt()))
                .setSortProperty(QueueSort.Field.CREATED.name()).setWidth("5em").setFlexGrow(0);
        for (var column : grid.getColumns()) {
            if (column.isSortable()) {
                column.getSortOrder(SortDirection.ASCENDING).findFirst()
                        .ifPresent(o -> sortColumns.put(QueueSort.Field.valueOf(o.getSorted()), column));
            }
        }
        grid.setEmptyStateText(getTranslation("queue.empty"));
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                // by address: the case workspace lives in its own package, above this one
                getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().caseNumber()));
            }
        });
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                changed(state.withSort(toSort(e.getSortOrder().isEmpty() ? null : e.getSortOrder().getFirst())));
            }
        });
        // no size callback: the grid scrolls on as long as pages come back full, and never counts the table
        var rows = grid.setItems(query -> {
            var page = service.queue(state.toFilter(Formats.zone()), toSort(query.getSortOrders()), query.getOffset(),
                    query.getLimit(), cursors);
            // one bulk query per page and mark, not one per row
            var ids = page.stream().map(ComplaintListItem::id).toList();
            flags.forEach(f -> flagged.get(f.name()).addAll(f.flagged(ids)));
            return page.stream();
        });
        // a row read again (after a refresh, by "select the first 200") is the same case, whatever changed on it
        rows.setIdentifierProvider(ComplaintListItem::id);
    }

    /**
     * Several cases are selected with the grid's own checkbox column (rendered in the browser: no component per
     * row, decision 142), at most {@link com.claimdesk.complaint.QueueBulkService#MAX_CASES}; there is no "select
     * all", since the queue is never counted: "select the first 200" reads that many rows of the current filter.
     */
    private void configureSelection() {
        var selection = (com.vaadin.flow.component.grid.GridMultiSelectionModel<ComplaintListItem>)
                grid.setSelectionMode(Grid.SelectionMode.MULTI);
        selection.setSelectAllCheckboxVisibility(
                com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        grid.asMultiSelect().addSelectionListener(e -> {
            int max = com.claimdesk.complaint.QueueBulkService.MAX_CASES;
            if (e.getAllSelectedItems().size() > max) {
                var over = e.getAddedSelection().stream()
                        .limit(e.getAllSelectedItems().size() - max).collect(java.util.stream.Collectors.toSet());
                grid.asMultiSelect().deselect(over);
                com.claimdesk.base.ui.Notifications.error(getTranslation("queue.bulk.tooMany", max));
                return;
            }
            bulkBar.selectionChanged(e.getAllSelectedItems().size());
        });
    }

    private List<ComplaintListItem> selected() {
        return List.copyOf(grid.getSelectedItems());
    }

    /** Selects the first cases of the list as filtered and sorted now, at most the bulk limit. */
    private void selectFirst() {
        var first = service.queue(state.toFilter(Formats.zone()), state.sort(), 0,
                com.claimdesk.complaint.QueueBulkService.MAX_CASES);
        grid.asMultiSelect().setValue(new java.util.LinkedHashSet<>(first));
    }

    /** After a bulk action: its summary, and the rows as they are now. */
    private void bulkDone(com.claimdesk.complaint.BulkResult result) {
        grid.deselectAll();
        refreshRows();
        new BulkSummaryDialog(result).open();
    }

    private void refreshRows() {
        flagged.values().forEach(java.util.Set::clear);
        cursors.clear();
        grid.getDataProvider().refreshAll();
    }

    private static QueueSort toSort(com.vaadin.flow.component.grid.GridSortOrder<ComplaintListItem> order) {
        if (order == null) {
            return QueueSort.DEFAULT;
        }
        return order.getSorted().getSortOrder(order.getDirection()).findFirst()
                .map(o -> new QueueSort(QueueSort.Field.valueOf(o.getSorted()), o.getDirection() == SortDirection.ASCENDING))
                .orElse(QueueSort.DEFAULT);
    }

    private QueueSort toSort(List<QuerySortOrder> orders) {
        if (orders == null || orders.isEmpty()) {
            return state.sort();
        }
        QuerySortOrder o = orders.getFirst();
        return new QueueSort(QueueSort.Field.valueOf(o.getSorted()), o.getDirection() == SortDirection.ASCENDING);
    }

    private static String cssName(Enum<?> e) {
        return e.name().toLowerCase().replace('_', '-');
    }

    private void changed(QueueUrl next) {
        if (applyingUrl || next.equals(state)) {
            return;
        }
        state = next;
        grid.deselectAll();
        refreshRows();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("cases", state.toQueryParameters())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = QueueUrl.parse(event.getLocation().getQueryParameters());
        applyingUrl = true;
        try {
            status.setValue(state.status());
            category.setValue(state.category());
            marketplace.setValue(state.marketplace());
            assignee.setValue(state.assignee());
            due.setValue(state.due());
            search.setValue(state.text());
            var sortColumn = state.sort().equals(QueueSort.DEFAULT) ? null : sortColumns.get(state.sort().field());
            grid.sort(sortColumn == null ? List.of() : List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                    sortColumn, state.sort().ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        } finally {
            applyingUrl = false;
        }
        grid.deselectAll();
        refreshRows();
    }

    boolean markedWaitingTooLong(long complaintId) {
        return flagged("waiting-too-long", complaintId);
    }

    /** Whether the case carries the flag of that name on the pages fetched so far. */
    boolean flagged(String flagName, long complaintId) {
        var cases = flagged.get(flagName);
        return cases != null && cases.contains(complaintId);
    }

    /** The renderer's property for a flag (its label and tooltip add "l" and "t"): a JavaScript name. */
    static String flagProperty(String flagName) {
        return "f" + flagName.replaceAll("[^A-Za-z0-9]", "_");
    }

    boolean markedSettleNow(long complaintId) {
        return flagged("settle-now", complaintId);
    }

    QueueUrl state() {
        return state;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}
