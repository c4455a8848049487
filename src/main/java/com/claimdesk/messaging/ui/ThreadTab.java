package com.claimdesk.messaging.ui;

import com.claimdesk.audit.AuditService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.security.CurrentUser;
import com.claimdesk.template.TemplateService;
import com.claimdesk.workspace.CaseContext;
import com.claimdesk.workspace.CaseTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The case page's first tab: the thread with the compose box. Built once for the case and kept, so that a reply
 * being typed survives the case's changes; the entries are read again after each.
 */
@SpringComponent
class ThreadTab implements CaseTab {

    private final java.time.Clock clock;

    private final ThreadService threads;
    private final AuditService audit;
    private final TemplateService templates;

    ThreadTab(ThreadService threads, AuditService audit, TemplateService templates, java.time.Clock clock) {
        this.clock = clock;
        this.threads = threads;
        this.audit = audit;
        this.templates = templates;
    }

    @Override
    public String id() {
        return "tab-thread";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "tab.thread";
    }

    @Override
    public Component create(CaseContext context) {
        var thread = new ThreadPanel(threads, audit,
                new ComposeBox(templates, language -> placeholderValues(context.snapshot(ComplaintSnapshot.class), language), clock));
        // the header shows that the first-response clock stopped; the thread is shown again with the case
        thread.afterSave(context::caseChanged);
        thread.show(context.snapshot(ComplaintSnapshot.class));
        context.onChange(() -> thread.show(context.snapshot(ComplaintSnapshot.class)));
        return thread;
    }

    /** The case's values for template placeholders; dates are written for a reader of {@code language}. */
    static Map<String, String> placeholderValues(ComplaintSnapshot snapshot, String language) {
        var d = snapshot.details();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language == null ? "en" : language));
        var values = new HashMap<String, String>();
        values.put("buyer.name", d.getBuyerName());
        values.put("order.number", d.getOrderNumber());
        values.put("order.date", d.getOrderDate() == null ? null : dates.format(d.getOrderDate()));
        values.put("shipment.carrier", d.getShipment().carrier());
        values.put("shipment.trackingNumber", d.getTrackingNumber());
        values.put("shipment.promisedDeliveryOn",
                d.getShipment().promisedDeliveryOn() == null ? null : dates.format(d.getShipment().promisedDeliveryOn()));
        values.put("claim.amount", d.getClaimedAmount() == null ? null
                : d.getClaimedCurrency() + " " + d.getClaimedAmount().toPlainString());
        values.put("case.number", snapshot.caseNumber());
        values.put("agent.name", CurrentUser.require().displayName());
        // customs office and coupon value are not facts of the case: the agent fills them in
        return values;
    }
}
