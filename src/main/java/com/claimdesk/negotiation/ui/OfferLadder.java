package com.claimdesk.negotiation.ui;

import com.claimdesk.base.Money;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.negotiation.BottomLineSummary;
import com.claimdesk.negotiation.OfferRound;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;
import java.util.List;

/**
 * The offer rounds of a case in one compact line each, every money offer beyond the bottom line marked: what an
 * approver or a reviewing lead reads at a glance (the negotiation tab has the full, editable ladder).
 */
@NamedInterface("offer-ladder")
public class OfferLadder extends Div {

    public OfferLadder(List<OfferRound> rounds, BottomLineSummary bottomLine) {
        addClassName("cd-approval-ladder");
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("negotiation.rounds.empty")));
        }
        for (OfferRound r : rounds) {
            var row = new Div(new Span(String.join(" · ", Labels.of(r.proposer()), Labels.of(r.resolution())
                            + (r.waitDays() == null ? "" : " " + getTranslation("negotiation.offer.daysShort", r.waitDays())),
                    r.amount() == null ? "–" : money(r.amount(), r.shareOfOrder()), Labels.of(r.answer()),
                    Formats.dateTime(r.proposedAt()))));
            row.addClassName("cd-approval-round");
            if (bottomLine != null && bottomLine.exceededBy(r.amount())) {
                var over = new Span(getTranslation("approvals.details.beyond"));
                over.addClassNames("cd-badge", "cd-badge-escalated");
                row.add(over);
            }
            add(row);
        }
    }

    /** "At most …; accepts …", or that there is none, in the reader's language. */
    public static String describe(com.vaadin.flow.component.Component reader, BottomLineSummary line) {
        return line == null ? reader.getTranslation("approvals.details.noBottomLine")
                : reader.getTranslation("negotiation.bottomLine.summary", money(line.maxAmount(), line.shareOfOrder()),
                String.join(", ", line.acceptable().stream().sorted().map(Labels::of).toList()),
                line.setBy(), Formats.dateTime(line.setAt())) + NegotiationPanel.followed(reader, line);
    }

    static String money(Money m, BigDecimal share) {
        return Formats.money(m) + (share == null ? "" : " (" + Formats.number(share) + " %)");
    }
}
