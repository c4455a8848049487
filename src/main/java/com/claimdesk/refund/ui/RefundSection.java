package com.claimdesk.refund.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.negotiation.Answer;
import com.claimdesk.negotiation.OfferRound;
import com.claimdesk.refund.RefundService;
import com.claimdesk.settings.TeamSettingsService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * The refunds of the case below the negotiation: an offer accepted there with money prepares the refund that settles
 * it, and a refund asked for moves the case (within the limit it is settled, above it the case awaits approval).
 */
@SpringComponent
class RefundSection implements CaseSection {

    private final RefundService refunds;
    private final TeamSettingsService settings;

    RefundSection(RefundService refunds, TeamSettingsService settings) {
        this.refunds = refunds;
        this.settings = settings;
    }

    @Override
    public String tab() {
        return "tab-negotiation";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(CaseContext context) {
        var panel = new RefundPanel(refunds, context.caseId(),
                context.snapshot(ComplaintSnapshot.class).details().getOrderCurrency(), settings.currencies(),
                context::caseChanged);
        context.subscribe(OfferRound.class, round -> {
            if (round.answer() == Answer.ACCEPTED && round.amount() != null) {
                panel.prefill(round.amount().amount(), round.amount().currencyCode(),
                        panel.getTranslation("refund.fromOffer", Labels.of(round.resolution()),
                                Formats.money(round.amount())), round.id());
            }
        });
        return panel;
    }
}
