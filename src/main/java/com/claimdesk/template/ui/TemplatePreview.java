package com.claimdesk.template.ui;

import com.claimdesk.base.Placeholders;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The template as a buyer would read it, filled with sample values in the template's own language. Placeholders
 * that a case does not supply (customs office, coupon value) stay visible and highlighted, as they will in the
 * agent's draft until the agent fills them in; unknown ones are marked as errors. Always shown as text, never as
 * HTML, whatever the body contains.
 */
class TemplatePreview extends Div {

    private final LocalDate today;
    private final String agentName;
    private final Div text = new Div();
    private final Div missing = new Div();

    TemplatePreview(LocalDate today, String agentName) {
        this.today = today;
        this.agentName = agentName;
        setId("template-preview-panel");
        var title = new Span(getTranslation("templates.preview"));
        title.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");
        text.setId("template-preview");
        text.addClassName("cd-template-preview");
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("max-height", "28em").set("overflow", "auto")
                .set("margin-top", "var(--lumo-space-xs)");
        missing.setId("template-preview-missing");
        missing.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin-top", "var(--lumo-space-xs)");
        add(title, text, missing);
    }

    void show(String body, String languageTag) {
        text.removeAll();
        if (body == null || body.isBlank()) {
            var empty = new Span(getTranslation("templates.preview.empty"));
            empty.getStyle().set("color", "var(--lumo-tertiary-text-color)");
            text.add(empty);
            missing.setVisible(false);
            return;
        }
        Map<String, String> samples = samples(languageTag);
        for (Placeholders.Part part : Placeholders.parse(body)) {
            switch (part) {
                case Placeholders.Part.Text t -> text.add(new Text(t.text()));
                case Placeholders.Part.Placeholder p when !p.known() -> text.add(marked(p.token(),
                        "cd-placeholder-unknown", getTranslation("templates.preview.unknown"),
                        "var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"));
                case Placeholders.Part.Placeholder p when samples.containsKey(p.name()) -> text.add(marked(
                        samples.get(p.name()), "cd-placeholder-sample",
                        getTranslation("templates.preview.sample", p.token()), "var(--lumo-primary-color-10pct)",
                        "inherit"));
                case Placeholders.Part.Placeholder p -> text.add(marked(p.token(), "cd-placeholder-missing",
                        getTranslation("templates.preview.missing"), "hsla(45, 100%, 50%, 0.3)", "hsl(35, 70%, 25%)"));
            }
        }
        // the same rendering an agent's draft gets, so the preview cannot promise more than the reply will do
        List<String> open = Placeholders.render(body, samples).missing();
        missing.setVisible(!open.isEmpty());
        missing.setText(open.isEmpty() ? "" : getTranslation("templates.preview.missingList",
                open.stream().map(Placeholders::token).collect(Collectors.joining(", "))));
    }

    private static Span marked(String content, String className, String title, String background, String color) {
        var span = new Span(content);
        span.addClassName(className);
        span.getStyle().set("background", background).set("color", color).set("font-weight", "500")
                .set("border-radius", "var(--lumo-border-radius-s)").set("padding", "0 0.2em");
        span.setTitle(title);
        return span;
    }

    /**
     * Believable values for what a case supplies, formatted for the template's language as the agent's draft
     * will be. The customs office and the coupon value are left out on purpose: no case knows them, the agent
     * types them in.
     */
    private Map<String, String> samples(String languageTag) {
        Locale locale = languageTag == null || languageTag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var amount = NumberFormat.getNumberInstance(locale);
        amount.setMinimumFractionDigits(2);
        amount.setMaximumFractionDigits(2);
        Map<String, String> samples = new HashMap<>();
        samples.put("buyer.name", "Olivia Brown");
        samples.put("order.number", "3051887321046512");
        samples.put("order.date", dates.format(today.minusDays(18)));
        samples.put("shipment.carrier", "DHL Express");
        samples.put("shipment.trackingNumber", "4829157360");
        samples.put("shipment.promisedDeliveryOn", dates.format(today.plusDays(4)));
        samples.put("case.number", "CD-" + today.getYear() + "-000123");
        samples.put("claim.amount", "USD " + amount.format(new BigDecimal("45.00")));
        if (agentName != null && !agentName.isBlank()) {
            samples.put("agent.name", agentName);
        }
        return samples;
    }
}
