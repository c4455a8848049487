package com.claimdesk.buyer.ui;

import com.claimdesk.buyer.BuyerHistory;
import com.claimdesk.buyer.BuyerHistoryService;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.time.LocalDate;

/**
 * The buyer's other cases (before and after this one) in the side column, below the buyer's card: how many, what they cost, the newest of
 * them as links, and a warning when the buyer has claimed often lately. Read again after each change of the case
 * (the buyer's name, country or account may have been corrected).
 */
@SpringComponent
class BuyerHistoryPanel implements CasePanel {

    private final BuyerHistoryService histories;

    BuyerHistoryPanel(BuyerHistoryService histories) {
        this.histories = histories;
    }

    @Override
    public Slot slot() {
        return Slot.SIDE;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public Component create(CaseContext context) {
        var card = new Div();
        card.setId("buyer-history");
        card.addClassNames("cd-side-panel", "cd-buyer-history");
        show(card, histories.of(context.caseId()));
        context.onChange(() -> show(card, histories.of(context.caseId())));
        return card;
    }

    private static void show(Div card, BuyerHistory h) {
        card.removeAll();
        card.add(new H4(card.getTranslation("buyerHistory.title")));
        if (h.manyClaims()) {
            var warning = new Div(card.getTranslation("buyerHistory.manyClaims", h.claimsInWindow(), h.windowDays()));
            warning.setId("buyer-history-warning");
            warning.addClassName("cd-warning");
            card.add(warning);
        }
        var summary = new Div();
        summary.setId("buyer-history-summary");
        summary.addClassName("cd-buyer-history-summary");
        summary.setText(h.otherCases() == 0 ? card.getTranslation("buyerHistory.none")
                : card.getTranslation("buyerHistory.summary", h.otherCases(), h.stillOpen(),
                Formats.money(h.totalCost(), h.costCurrency(), 2)));
        card.add(summary);
        for (BuyerHistory.OtherCase c : h.listed()) {
            // the whole line is the link: one element a case, the card stays light on a page kept open all day
            var row = new Anchor("cases/" + c.caseNumber(), String.join(" · ", c.caseNumber(),
                    Formats.date(LocalDate.ofInstant(c.openedAt(), Formats.zone())), Labels.of(c.marketplace()),
                    Labels.of(c.subReason()), Labels.of(c.status()),
                    c.cost() == null ? card.getTranslation("buyerHistory.notSettled")
                            : Labels.of(c.resolution()) + " " + Formats.money(c.cost(), h.costCurrency(), 2)));
            row.addClassName("cd-buyer-history-case");
            card.add(row);
        }
        if (h.otherCases() > h.listed().size()) {
            card.add(new Div(card.getTranslation("buyerHistory.more", h.otherCases() - h.listed().size())));
        }
        var how = new Div(card.getTranslation(h.matchedBy() == BuyerHistory.Match.ACCOUNT_OR_NAME
                ? "buyerHistory.matchedByAccount" : "buyerHistory.matchedByName"));
        how.addClassName("cd-hint");
        card.add(how);
    }

}
