package com.claimdesk.buyer.ui;

import com.claimdesk.buyer.BuyerHistoryService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CasePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * A frequent claimant is named on the facts line under the case's title, where the agent looks first; the history
 * card in the side column may be below the fold. Clicking it scrolls that card into view.
 */
@SpringComponent
class FrequentClaimantFact implements CasePanel {

    private final BuyerHistoryService histories;

    FrequentClaimantFact(BuyerHistoryService histories) {
        this.histories = histories;
    }

    @Override
    public Slot slot() {
        return Slot.FACTS;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Component create(CaseContext context) {
        var flag = new Span();
        flag.setId("frequent-claimant");
        flag.addClassName("cd-frequent-claimant");
        flag.getElement().addEventListener("click", e -> flag.getElement().executeJs(
                "const card = document.getElementById('buyer-history'); if (card) card.scrollIntoView({block: 'nearest'})"));
        show(flag, context.caseId());
        context.onChange(() -> show(flag, context.caseId()));
        return flag;
    }

    private void show(Span flag, long caseId) {
        long claims = histories.claimsInWindow(caseId);
        boolean many = histories.isMany(claims);
        flag.setVisible(many);
        flag.setText(many ? flag.getTranslation("buyerHistory.flag", claims, histories.windowDays()) : "");
        flag.getElement().setAttribute("title", flag.getTranslation("buyerHistory.flag.title"));
    }
}
