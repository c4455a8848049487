package com.claimdesk.search.ui;

import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.search.CaseSearch;
import com.claimdesk.search.SearchQuery;
import com.claimdesk.search.SearchResults;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Search over every case like a search engine: best matches first, the matched words marked in snippets, facets
 * that narrow the search. Everything asked lives in the URL ({@link SearchUrl}), so a search can be shared.
 */
@Route("search")
@Menu(order = 1.5, icon = "vaadin:search", title = "nav.search")
@RolesAllowed(Role.AGENT_ROLE)
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CaseSearch search;
    private final transient Clock clock;

    private final TextField text = new TextField();
    private final Span total = new Span();
    private final Div facets = new Div();
    private final Div hits = new Div();
    private final Div message = new Div();

    private SearchUrl state = SearchUrl.empty();
    private boolean applyingUrl;

    SearchView(CaseSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
        addClassName("cd-search");
        setPadding(true);

        text.setId("search-text");
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setWidthFull();
        text.setMaxWidth("48em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(400);
        text.getElement().setAttribute("aria-label", getTranslation("search.label"));
        text.addValueChangeListener(e -> changed(state.withText(e.getValue())));
        text.addKeyPressListener(Key.ENTER, e -> changed(state.withText(text.getValue())));
        text.focus();

        total.setId("search-total");
        total.addClassName("cd-search-total");
        facets.setId("search-facets");
        facets.addClassName("cd-search-facets");
        hits.setId("search-hits");
        hits.addClassName("cd-search-hits");
        message.setId("search-message");
        message.addClassName("cd-search-message");

        var results = new Div(total, hits, message);
        results.addClassName("cd-search-results");
        var body = new Div(facets, results);
        body.addClassName("cd-search-body");
        body.setWidthFull();
        add(text, body);
    }

    @Override
    public String getPageTitle() {
        return state.text().isEmpty() ? getTranslation("nav.search")
                : getTranslation("search.pageTitle", state.text());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchUrl.parse(event.getLocation().getQueryParameters());
        applyingUrl = true;
        try {
            text.setValue(state.text());
        } finally {
            applyingUrl = false;
        }
        show();
    }

    private void changed(SearchUrl next) {
        if (applyingUrl || next.equals(state)) {
            return;
        }
        state = next;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("search", state.toQueryParameters())));
        show();
    }

    SearchUrl state() {
        return state;
    }

    private void show() {
        hits.removeAll();
        facets.removeAll();
        total.setText("");
        message.removeAll();
        if (state.blank()) {
            facets.setVisible(false);
            message.add(new Paragraph(getTranslation("search.empty")), hint("search.empty.hint"));
            return;
        }
        SearchResults results;
        try {
            results = search.search(state.toQuery());
        } catch (RuntimeException e) {
            Notifications.failure(e);
            return;
        }
        facets.setVisible(true);
        showFacets(results);
        total.setText(totalText(results));
        var now = clock.instant();
        results.hits().forEach(hit -> hits.add(new SearchHitCard(hit, now)));
        if (results.hits().isEmpty()) {
            message.add(new Paragraph(state.text().isEmpty() ? getTranslation("search.noResults.filters")
                    : getTranslation("search.noResults", state.text())));
            if (state.narrowed()) {
                var clear = new Button(getTranslation("search.clearFilters"),
                        e -> changed(new SearchUrl(state.text(), Set.of(), Set.of(), Set.of())));
                clear.setId("search-clear-filters");
                clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                message.add(clear);
            } else {
                message.add(hint("search.noResults.hint"));
            }
        }
    }

    private Paragraph hint(String key) {
        var p = new Paragraph(getTranslation(key));
        p.addClassName("cd-hint");
        return p;
    }

    private String totalText(SearchResults results) {
        String count = NumberFormat.getIntegerInstance(getLocale()).format(results.total());
        if (!results.totalExact()) {
            return getTranslation("search.total.atLeast", results.hits().size(), count);
        }
        if (results.total() > results.hits().size() && !results.hits().isEmpty()) {
            return getTranslation("search.total.best", results.hits().size(), count);
        }
        return getTranslation(results.total() == 1 ? "search.total.one" : "search.total", count);
    }

    /**
     * A facet's counts are taken with the other facets' narrowing only, so that its other values stay on offer
     * (choosing "Amazon" still shows how many "AliExpress" would add): one more search per narrowed facet. A search
     * with more matches than are counted brings no counts: every value is then offered without one, with a hint.
     */
    private void showFacets(SearchResults results) {
        @Nullable Map<String, Long> statusCounts = !state.statuses().isEmpty()
                ? counts(state.withStatuses(Set.of()), SearchResults.STATUS)
                : counts(results, SearchResults.STATUS);
        @Nullable Map<String, Long> marketplaceCounts = !state.marketplaces().isEmpty()
                ? counts(state.withMarketplaces(Set.of()), SearchResults.MARKETPLACE)
                : counts(results, SearchResults.MARKETPLACE);
        @Nullable Map<String, Long> categoryCounts = !state.categories().isEmpty()
                ? counts(state.withCategories(Set.of()), SearchResults.CATEGORY)
                : counts(results, SearchResults.CATEGORY);
        if (statusCounts == null || marketplaceCounts == null || categoryCounts == null) {
            var narrow = new Span(getTranslation("search.facet.uncounted"));
            narrow.setId("search-facets-uncounted");
            narrow.addClassName("cd-hint");
            facets.add(narrow);
        }
        facets.add(
                facet(SearchResults.STATUS, "complaint.status", ComplaintStatus.class, statusCounts, state.statuses(),
                        v -> state.withStatuses(SearchUrl.toggled(ComplaintStatus.class, state.statuses(), v))),
                facet(SearchResults.MARKETPLACE, "complaint.marketplace", Marketplace.class, marketplaceCounts,
                        state.marketplaces(),
                        v -> state.withMarketplaces(SearchUrl.toggled(Marketplace.class, state.marketplaces(), v))),
                facet(SearchResults.CATEGORY, "complaint.category", Category.class, categoryCounts,
                        state.categories(),
                        v -> state.withCategories(SearchUrl.toggled(Category.class, state.categories(), v))));
    }

    /** The counts of a search, or {@code null} when it had too many matches to count them. */
    private static @Nullable Map<String, Long> counts(SearchResults results, String facet) {
        return results.totalExact() ? results.facets().getOrDefault(facet, Map.of()) : null;
    }

    private @Nullable Map<String, Long> counts(SearchUrl without, String facet) {
        var q = without.toQuery();
        return counts(search.search(new SearchQuery(q.text(), q.statuses(), q.marketplaces(), q.categories(), 1)),
                facet);
    }

    private <E extends Enum<E>> Div facet(String name, String titleKey, Class<E> type,
                                          @Nullable Map<String, Long> counts, Set<E> selected,
                                          Function<E, SearchUrl> toggle) {
        var group = new Div();
        group.addClassName("cd-search-facet");
        group.setId("facet-" + name);
        var title = new Span(getTranslation(titleKey));
        title.addClassName("cd-search-facet-title");
        group.add(title);
        Set<E> shown = new LinkedHashSet<>(selected);
        if (counts == null) {
            shown.addAll(List.of(type.getEnumConstants()));
        } else {
            counts.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .map(e -> parse(type, e.getKey())).filter(java.util.Objects::nonNull).forEach(shown::add);
        }
        List<E> ordered = shown.stream().sorted(Comparator.comparing((E v) -> !selected.contains(v))).toList();
        for (E value : ordered) {
            boolean on = selected.contains(value);
            var label = new Span(Labels.of(value));
            var chip = new Button();
            chip.getElement().appendChild(label.getElement());
            if (counts != null) {
                var number = new Span(NumberFormat.getIntegerInstance(getLocale())
                        .format(counts.getOrDefault(value.name(), 0L)));
                number.addClassName("cd-search-facet-count");
                chip.getElement().appendChild(number.getElement());
            }
            chip.setId("facet-" + name + "-" + value.name());
            chip.addClassName("cd-search-chip");
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, on ? ButtonVariant.LUMO_PRIMARY
                    : counts == null ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_CONTRAST);
            chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                chip.setIcon(VaadinIcon.CHECK.create());
            }
            chip.addClickListener(e -> changed(toggle.apply(value)));
            group.add(chip);
        }
        if (ordered.isEmpty()) {
            var none = new Span(getTranslation("search.facet.none"));
            none.addClassName("cd-hint");
            group.add(none);
        }
        return group;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
