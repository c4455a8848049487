package com.claimdesk.negotiation.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.negotiation.GuidanceSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * Settlement guidance for one case: how its finished peers ended and the bottom line that follows, with the reasons
 * in a sentence. Shown on the negotiation tab (with a button to take the suggestion) and in the approval details.
 */
@NamedInterface("guidance")
public class GuidancePart extends Div {

    final Paragraph reasons = new Paragraph();
    final Paragraph suggestion = new Paragraph();

    /** @param idSuffix makes the element ids unique when several cases show it on one page (approvals); "" else */
    public GuidancePart(@Nullable GuidanceSummary guidance, String idSuffix) {
        setId("guidance" + idSuffix);
        addClassName("cd-guidance");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)");
        add(new H4(getTranslation("guidance.title")));
        reasons.setId("guidance-reasons" + idSuffix);
        reasons.addClassName("cd-guidance-reasons");
        add(reasons);
        if (guidance == null) {
            reasons.setText(getTranslation("guidance.none"));
            return;
        }
        reasons.setText(reasons(this, guidance));
        suggestion.setId("guidance-suggested" + idSuffix);
        suggestion.addClassName("cd-guidance-suggested");
        suggestion.getStyle().set("font-weight", "600");
        if (guidance.suggested() != null) {
            suggestion.setText(getTranslation("guidance.suggested",
                    OfferLadder.money(guidance.suggested(), guidance.suggestedShare())));
            add(suggestion);
        }
        var details = new Div();
        details.addClassName("cd-guidance-details");
        details.setId("guidance-details" + idSuffix);
        details.add(line(getTranslation("guidance.level", Labels.of(guidance.level()), guidance.peers())));
        details.add(line(getTranslation("guidance.resolutions", guidance.resolutions().stream()
                .map(r -> getTranslation("guidance.resolution", Labels.of(r.resolution()), r.cases(),
                        Formats.number(r.percent())))
                .collect(Collectors.joining(", ")))));
        if (guidance.medianShare() != null) {
            details.add(line(getTranslation("guidance.cost", number(guidance.medianShare()),
                    number(guidance.lowerQuartileShare()), number(guidance.upperQuartileShare()),
                    guidance.sharePeers())));
        }
        details.add(line(getTranslation("guidance.daysAndRounds", number(guidance.medianDays()),
                number(guidance.medianRounds()))));
        details.add(line(guidance.buyerStayed() == null ? getTranslation("guidance.buyerStayedUnknown")
                : getTranslation("guidance.buyerStayed", number(guidance.buyerStayed()), guidance.buyerStaysKnown())));
        details.add(line(getTranslation("guidance.chargebacks", guidance.chargebacksLost(), guidance.chargebacks())));
        add(details);
    }

    /**
     * The reasons in one sentence: "12 similar cases: median 35 % of order value; those settled in the first round
     * cost 28 %, those with 3+ rounds 61 %", each group only when it has peers with a known cost and not all of them.
     */
    public static String reasons(Component reader, GuidanceSummary g) {
        if (!g.enough()) {
            return reader.getTranslation("guidance.tooFew", g.peers());
        }
        if (g.medianShare() == null) {
            return reader.getTranslation("guidance.noShare", g.peers());
        }
        // a group that holds every peer says nothing the median does not
        BigDecimal first = g.firstRound().cases() < g.peers() ? g.firstRound().medianShare() : null;
        BigDecimal many = g.manyRounds().cases() < g.peers() ? g.manyRounds().medianShare() : null;
        String median = number(g.medianShare());
        if (first != null && many != null) {
            return reader.getTranslation("guidance.reasons.both", g.peers(), median, number(first), number(many));
        }
        if (first != null) {
            return reader.getTranslation("guidance.reasons.firstRound", g.peers(), median, number(first));
        }
        if (many != null) {
            return reader.getTranslation("guidance.reasons.manyRounds", g.peers(), median, number(many));
        }
        return reader.getTranslation("guidance.reasons.median", g.peers(), median);
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "–" : Formats.number(value);
    }

    private static Div line(String text) {
        var line = new Div();
        line.setText(text);
        return line;
    }
}
