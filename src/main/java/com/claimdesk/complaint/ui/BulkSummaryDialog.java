package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.BulkResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** What a bulk action did: "7 changed, 2 refused" and, for each refused case, why. */
class BulkSummaryDialog extends Dialog {

    BulkSummaryDialog(BulkResult result) {
        setHeaderTitle(getTranslation("queue.bulk.summary.title"));
        setId("bulk-summary");
        var headline = new Paragraph(getTranslation("queue.bulk.summary", result.changed().size(),
                result.refused().size()) + (result.unchanged().isEmpty() ? ""
                : " " + getTranslation("queue.bulk.summary.unchanged", result.unchanged().size())));
        headline.setId("bulk-summary-headline");
        add(headline);
        if (!result.refused().isEmpty()) {
            var reasons = new UnorderedList();
            reasons.setId("bulk-summary-refused");
            result.refused().forEach(r -> reasons.add(new ListItem(r.caseNumber() + ": " + reason(r))));
            add(reasons);
        }
        var close = new Button(getTranslation("action.close"), e -> close());
        close.setId("bulk-summary-close");
        getFooter().add(close);
    }

    /** The refusal in the reader's language, with status and other enum names translated too. */
    private String reason(BulkResult.Refusal refusal) {
        Object[] args = refusal.arguments().stream().map(a -> a instanceof Enum<?> e ? Labels.of(e) : a).toArray();
        return getTranslation(refusal.messageKey(), args);
    }
}
