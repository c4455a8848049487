package com.claimdesk.refund.ui;

import com.claimdesk.base.Money;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.negotiation.BottomLineView;
import com.claimdesk.negotiation.NegotiationView;
import com.claimdesk.negotiation.OfferRound;
import com.claimdesk.refund.RefundSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;

/**
 * What an approver needs to decide without opening the case: the case in two lines, the bottom line, the offer
 * ladder with each money offer measured against it, this request against it, and the evidence at a glance.
 */
class ApprovalDetails extends Div {

    ApprovalDetails(RefundSummary request, ComplaintSnapshot complaint, NegotiationView negotiation, Component evidence) {
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

        BottomLineView line = negotiation.bottomLine();
        var bottom = new Paragraph(line == null ? getTranslation("approvals.details.noBottomLine")
                : getTranslation("negotiation.bottomLine.summary", money(line.maxAmount(), line.shareOfOrder()),
                String.join(", ", line.acceptable().stream().sorted().map(Labels::of).toList()),
                line.setBy(), Formats.dateTime(line.setAt())));
        bottom.setId("approval-bottom-line-" + request.id());
        add(new H4(getTranslation("negotiation.bottomLine.title")), bottom);

        // this request against the bottom line: the question the approver is really asked
        var verdict = new Span(againstBottomLine(request.amount(), line));
        verdict.setId("approval-verdict-" + request.id());
        verdict.addClassName(beyond(request.amount(), line) ? "cd-warning" : "cd-settle-now");
        add(verdict);

        add(new H4(getTranslation("negotiation.rounds.title")));
        if (negotiation.rounds().isEmpty()) {
            add(new Paragraph(getTranslation("negotiation.rounds.empty")));
        }
        var ladder = new Div();
        ladder.addClassName("cd-approval-ladder");
        negotiation.rounds().forEach(r -> ladder.add(round(r, line)));
        add(ladder);

        add(new H4(getTranslation("tab.evidence")), evidence);
    }

    private Div round(OfferRound r, BottomLineView line) {
        String text = String.join(" · ", Labels.of(r.proposer()), Labels.of(r.resolution())
                        + (r.waitDays() == null ? "" : " " + getTranslation("negotiation.offer.daysShort", r.waitDays())),
                r.amount() == null ? "–" : money(r.amount(), r.shareOfOrder()),
                Labels.of(r.answer()), Formats.dateTime(r.proposedAt()));
        var row = new Div(new Span(text));
        row.addClassName("cd-approval-round");
        if (r.amount() != null && beyond(r.amount(), line)) {
            var over = new Span(getTranslation("approvals.details.beyond"));
            over.addClassNames("cd-badge", "cd-badge-escalated");
            row.add(over);
        }
        return row;
    }

    private String againstBottomLine(Money amount, BottomLineView line) {
        if (line == null) {
            return getTranslation("approvals.details.requestNoBottomLine", Formats.money(amount));
        }
        if (!amount.currencyCode().equals(line.maxAmount().currencyCode())) {
            return getTranslation("approvals.details.requestOtherCurrency", Formats.money(amount),
                    Formats.money(line.maxAmount()));
        }
        return getTranslation(beyond(amount, line) ? "approvals.details.requestBeyond" : "approvals.details.requestWithin",
                Formats.money(amount), Formats.money(line.maxAmount()));
    }

    private static boolean beyond(Money amount, BottomLineView line) {
        return line != null && amount.currencyCode().equals(line.maxAmount().currencyCode())
                && amount.amount().compareTo(line.maxAmount().amount()) > 0;
    }

    private String money(Money m, BigDecimal share) {
        return Formats.money(m) + (share == null ? "" : " (" + Formats.number(share) + " %)");
    }
}
