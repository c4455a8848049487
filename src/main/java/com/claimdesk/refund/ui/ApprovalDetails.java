package com.claimdesk.refund.ui;

import com.claimdesk.base.Money;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.negotiation.BottomLineSummary;
import com.claimdesk.negotiation.GuidanceSummary;
import com.claimdesk.negotiation.NegotiationSummary;
import com.claimdesk.negotiation.ui.GuidancePart;
import com.claimdesk.negotiation.ui.OfferLadder;
import com.claimdesk.refund.RefundSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;


/**
 * What an approver needs to decide without opening the case: the case in two lines, the bottom line, the offer
 * ladder with each money offer measured against it, this request against it, and the evidence at a glance.
 */
class ApprovalDetails extends Div {

    ApprovalDetails(RefundSummary request, ComplaintSnapshot complaint, NegotiationSummary negotiation,
                    @Nullable GuidanceSummary guidance, Component evidence) {
        addClassName("cd-approval-details");
        setId("approval-details-" + request.id());
        ComplaintDetails d = complaint.details();
        var facts = new Paragraph(String.join(" · ", d.getBuyerName() + " (" + d.getBuyerCountry() + ")",
                Labels.of(d.getMarketplace()) + " " + d.getOrderNumber(),
                getTranslation("approvals.details.orderValue", Formats.money(Money.of(d.getOrderValue(), d.getOrderCurrency()))),
                Labels.of(d.getCategory()) + " / " + Labels.of(d.getSubReason()),
                Labels.of(complaint.status())));
        facts.addClassName("cd-approval-facts");
        add(facts);
        if (d.getSummary() != null && !d.getSummary().isBlank()) {
            var summary = new Paragraph(d.getSummary());
            summary.addClassName("cd-muted");
            add(summary);
        }

        BottomLineSummary line = negotiation.bottomLine();
        var bottom = new Paragraph(OfferLadder.describe(this, line));
        bottom.setId("approval-bottom-line-" + request.id());
        add(new H4(getTranslation("negotiation.bottomLine.title")), bottom);

        // this request against the bottom line: the question the approver is really asked
        var verdict = new Span(againstBottomLine(request.amount(), line));
        verdict.setId("approval-verdict-" + request.id());
        verdict.addClassName(line != null && line.exceededBy(request.amount()) ? "cd-warning" : "cd-settle-now");
        add(verdict);

        // what similar finished cases cost: is this refund in line with them?
        add(new GuidancePart(guidance, "-" + request.id()));

        add(new H4(getTranslation("negotiation.rounds.title")), new OfferLadder(negotiation.rounds(), line));

        add(new H4(getTranslation("tab.evidence")), evidence);
    }

    private String againstBottomLine(Money amount, BottomLineSummary line) {
        if (line == null) {
            return getTranslation("approvals.details.requestNoBottomLine", Formats.money(amount));
        }
        if (!amount.currencyCode().equals(line.maxAmount().currencyCode())) {
            return getTranslation("approvals.details.requestOtherCurrency", Formats.money(amount),
                    Formats.money(line.maxAmount()));
        }
        return getTranslation(line.exceededBy(amount) ? "approvals.details.requestBeyond" : "approvals.details.requestWithin",
                Formats.money(amount), Formats.money(line.maxAmount()));
    }


}
