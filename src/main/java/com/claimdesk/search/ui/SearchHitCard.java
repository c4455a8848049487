package com.claimdesk.search.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.StatusBadge;
import com.claimdesk.search.SearchHit;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;

/** One case found: its number (a link to the case), buyer, status, marketplace, category, last activity, snippets. */
class SearchHitCard extends Div {

    SearchHitCard(SearchHit hit, Instant now) {
        addClassName("cd-search-hit");
        setId("hit-" + hit.caseNumber());

        var number = new Anchor("cases/" + hit.caseNumber(), hit.caseNumber());
        number.addClassName("cd-search-case");
        var buyer = new Span(hit.buyerName());
        buyer.addClassName("cd-search-buyer");
        var where = new Span(Labels.of(hit.marketplace()) + " · " + Labels.of(hit.category()));
        where.addClassName("cd-search-meta");
        var activity = new Span(getTranslation("search.lastActivity", Formats.age(hit.updatedAt(), now)));
        activity.addClassName("cd-search-meta");
        activity.getElement().setAttribute("title", Formats.dateTime(hit.updatedAt()));
        activity.addClassName("cd-search-activity");
        var head = new Div(number, buyer, new StatusBadge(hit.status()), where, activity);
        head.addClassName("cd-search-hit-head");
        add(head);

        var snippets = new Div();
        snippets.addClassName("cd-search-snippets");
        hit.snippets().forEach(s -> snippets.add(SnippetHtml.render(s)));
        add(snippets);
    }
}
