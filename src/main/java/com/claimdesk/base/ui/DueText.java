package com.claimdesk.base.ui;

import com.vaadin.flow.component.UI;

import java.time.Duration;
import java.time.Instant;

/**
 * How a deadline reads next to a case: "due in 3 h" or "overdue 2 d", and a tone for its colour (overdue, at risk
 * within the team's window, or fine). Shared by the queue and the case page.
 */
public final class DueText {

    public enum Tone { OVERDUE, AT_RISK, OK }

    private DueText() {
    }

    public static String relative(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        UI ui = UI.getCurrent();
        boolean overdue = due.isBefore(now);
        Duration d = overdue ? Duration.between(due, now) : Duration.between(now, due);
        String amount;
        if (d.toDays() >= 1) {
            amount = ui.getTranslation("age.days", d.toDays());
        } else if (d.toHours() >= 1) {
            amount = ui.getTranslation("age.hours", d.toHours());
        } else {
            amount = ui.getTranslation("age.minutes", Math.max(1, d.toMinutes()));
        }
        return ui.getTranslation(overdue ? "due.overdue" : "due.in", amount);
    }

    public static Tone tone(Instant due, Instant now, Duration atRiskWithin) {
        if (due.isBefore(now)) {
            return Tone.OVERDUE;
        }
        return due.isBefore(now.plus(atRiskWithin)) ? Tone.AT_RISK : Tone.OK;
    }

    /** The CSS class for a tone: {@code cd-due-overdue}, {@code cd-due-at-risk}, {@code cd-due-ok}. */
    public static String cssClass(Tone tone) {
        return "cd-due-" + tone.name().toLowerCase().replace('_', '-');
    }
}
