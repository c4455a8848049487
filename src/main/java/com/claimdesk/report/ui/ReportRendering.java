package com.claimdesk.report.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.report.ReportRows.AgeCount;
import com.claimdesk.report.ReportRows.AgentWorkload;
import com.claimdesk.report.ReportRows.CostDimension;
import com.claimdesk.report.ReportRows.CostShare;
import com.claimdesk.report.ReportRows.EscalationOutcome;
import com.claimdesk.report.ReportRows.GuidanceOutcome;
import com.claimdesk.report.ReportRows.MonthCost;
import com.claimdesk.report.ReportRows.RefundShare;
import com.claimdesk.report.ReportRows.ResponseTimes;
import com.claimdesk.report.ReportRows.ResponseWeek;
import com.claimdesk.report.ReportRows.RoundsCost;
import com.claimdesk.report.ReportRows.WeekFlow;
import com.vaadin.flow.component.UI;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns each report's rows into what its card shows: the chart's option and the table (also the CSV). Runs in the
 * UI thread, for the viewer's language. Charts get numbers as JSON doubles, which is fine for drawing; the table and
 * the CSV keep the exact decimals.
 */
final class ReportRendering {

    /** What a card shows: an optional line under the title, the chart and the table. */
    record Rendered(@Nullable String note, String chartJson, ReportTable table) {
    }

    private ReportRendering() {
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    private static String shortDate(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Formats.locale()).format(d);
    }

    private static String monthLabel(LocalDate d) {
        return d.getYear() + "-" + String.format("%02d", d.getMonthValue());
    }

    private static <T, R> List<R> map(List<T> rows, Function<T, R> f) {
        List<R> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(f.apply(r)));
        return out;
    }

    static Rendered flow(List<WeekFlow> rows) {
        String opened = t("report.col.opened");
        String resolved = t("report.col.resolved");
        String closed = t("report.col.closed");
        String chart = ChartOptions.categories(map(rows, r -> shortDate(r.week())))
                .bar(opened, map(rows, WeekFlow::opened))
                .bar(resolved, map(rows, WeekFlow::resolved))
                .bar(closed, map(rows, WeekFlow::closed)).toJson();
        var table = new ReportTable(List.of(t("report.col.week"), opened, resolved, closed),
                map(rows, r -> List.<Object>of(r.week(), r.opened(), r.resolved(), r.closed())));
        return new Rendered(null, chart, table);
    }

    static Rendered age(List<AgeCount> rows) {
        String cases = t("report.col.cases");
        String chart = ChartOptions.categories(map(rows, r -> Labels.of(r.bucket())))
                .bar(cases, map(rows, AgeCount::cases)).toJson();
        var table = new ReportTable(List.of(t("report.col.age"), cases),
                map(rows, r -> List.<Object>of(Labels.of(r.bucket()), r.cases())));
        return new Rendered(t("report.age.note"), chart, table);
    }

    static Rendered response(ResponseTimes times) {
        List<ResponseWeek> rows = times.weeks();
        String sla = t("report.col.slaMet");
        String firstResponse = t("report.col.medianFirstResponse");
        String resolution = t("report.col.medianResolution");
        String chart = ChartOptions.categories(map(rows, r -> shortDate(r.week())))
                .secondAxis("%")
                .bar(firstResponse, map(rows, ResponseWeek::medianFirstResponseHours))
                .bar(resolution, map(rows, ResponseWeek::medianResolutionHours))
                .line(sla, map(rows, ResponseWeek::slaMetPercent), 1).toJson();
        List<List<Object>> cells = new ArrayList<>(map(rows, r -> cells(r.week(), r)));
        cells.add(cells(t("report.total"), times.total()));
        var table = new ReportTable(List.of(t("report.col.week"), t("report.col.cases"), t("report.col.due"),
                t("report.col.met"), sla, firstResponse, t("report.col.resolved"), resolution), cells);
        ResponseWeek total = times.total();
        String note = t("report.response.note", times.targetHours(), dash(total.slaMetPercent()),
                dash(total.medianFirstResponseHours()), dash(total.medianResolutionHours()));
        return new Rendered(note, chart, table);
    }

    private static List<Object> cells(Object label, ResponseWeek r) {
        return java.util.Arrays.asList(label, r.cases(), r.due(), r.met(), r.slaMetPercent(),
                r.medianFirstResponseHours(), r.resolved(), r.medianResolutionHours());
    }

    private static String dash(BigDecimal value) {
        return value == null ? "–" : Formats.number(value);
    }

    static Rendered costPerMonth(List<MonthCost> rows, String currency) {
        String cost = t("report.col.cost", currency);
        String chart = ChartOptions.categories(map(rows, r -> monthLabel(r.month())))
                .bar(cost, map(rows, MonthCost::cost)).toJson();
        var table = new ReportTable(List.of(t("report.col.month"), t("report.col.settledCases"), cost),
                map(rows, r -> List.<Object>of(r.month(), r.cases(), r.cost())));
        return new Rendered(null, chart, table);
    }

    static Rendered costBy(List<CostShare> rows, CostDimension dimension, String currency) {
        String cost = t("report.col.cost", currency);
        List<String> labels = map(rows, r -> label(r, dimension));
        String chart = ChartOptions.horizontal(labels).bar(cost, map(rows, CostShare::cost)).toJson();
        List<List<Object>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CostShare r = rows.get(i);
            cells.add(java.util.Arrays.asList(labels.get(i), r.cases(), r.cost(), r.sharePercent()));
        }
        var table = new ReportTable(List.of(Labels.of(dimension), t("report.col.settledCases"), cost,
                t("report.col.share")), cells);
        return new Rendered(null, chart, table);
    }

    private static String label(CostShare r, CostDimension dimension) {
        if (r.others()) {
            return t("report.others");
        }
        if (r.label() == null) {
            return t("report.notRecorded");
        }
        return switch (dimension) {
            case CATEGORY -> enumLabel(Category.class, r.label());
            case ROOT_CAUSE -> enumLabel(RootCause.class, r.label());
            case MARKETPLACE -> enumLabel(Marketplace.class, r.label());
            case PRODUCT, CARRIER -> r.label();
        };
    }

    /** A stored enum name in the viewer's language; a name the code no longer knows is shown as stored. */
    private static <E extends Enum<E>> String enumLabel(Class<E> type, String name) {
        try {
            return Labels.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    static Rendered refunds(List<RefundShare> rows, String currency) {
        String share = t("report.col.refundShare");
        String refunds = t("report.col.refunds", currency);
        String chart = ChartOptions.categories(map(rows, r -> monthLabel(r.month())))
                .secondAxis("%")
                .bar(refunds, map(rows, RefundShare::refunds))
                .line(share, map(rows, RefundShare::sharePercent), 1).toJson();
        var table = new ReportTable(List.of(t("report.col.month"), t("report.col.cases"), refunds,
                t("report.col.orderValue", currency), share, t("report.col.unconverted")),
                map(rows, r -> java.util.Arrays.<Object>asList(r.month(), r.cases(), r.refunds(), r.orderValue(),
                        r.sharePercent(), r.unconverted())));
        long unconverted = rows.stream().mapToLong(RefundShare::unconverted).sum();
        return new Rendered(unconverted > 0 ? t("report.refunds.unconverted", unconverted) : null, chart, table);
    }

    static Rendered escalations(List<EscalationOutcome> rows, String currency) {
        List<String> labels = map(rows, r -> Labels.of(r.state()) + " · " + resolution(r.resolution()));
        String chart = ChartOptions.pie(t("report.col.cases"), labels, map(rows, EscalationOutcome::cases)).toJson();
        var table = new ReportTable(List.of(t("report.col.state"), t("report.col.resolution"), t("report.col.cases"),
                t("report.col.cost", currency)),
                map(rows, r -> java.util.Arrays.<Object>asList(Labels.of(r.state()), resolution(r.resolution()),
                        r.cases(), r.cost())));
        return new Rendered(null, chart, table);
    }

    private static String resolution(String name) {
        return name == null ? t("report.noSettlement") : enumLabel(Resolution.class, name);
    }

    static Rendered rounds(List<RoundsCost> rows, String currency) {
        String average = t("report.col.averageCost", currency);
        String cases = t("report.col.settledCases");
        List<String> labels = map(rows, r -> r.rounds() >= 4 ? "4+" : String.valueOf(r.rounds()));
        String chart = ChartOptions.categories(labels).secondAxis(cases)
                .bar(average, map(rows, RoundsCost::averageCost))
                .line(cases, map(rows, RoundsCost::cases), 1).toJson();
        List<List<Object>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RoundsCost r = rows.get(i);
            cells.add(java.util.Arrays.asList(labels.get(i), r.cases(), r.averageCost(), r.totalCost(),
                    r.averageDaysToSettle()));
        }
        var table = new ReportTable(List.of(t("report.col.rounds"), cases, average, t("report.col.cost", currency),
                t("report.col.daysToSettle")), cells);
        return new Rendered(t("report.rounds.note"), chart, table);
    }

    static Rendered guidance(List<GuidanceOutcome> rows) {
        List<String> labels = map(rows, r -> t(r.followed() ? "report.guidance.followed" : "report.guidance.changed"));
        String share = t("report.col.averageShare");
        String cases = t("report.col.settledCases");
        String chart = ChartOptions.categories(labels).secondAxis(cases)
                .bar(share, map(rows, GuidanceOutcome::averageSharePercent))
                .line(cases, map(rows, GuidanceOutcome::cases), 1).toJson();
        List<List<Object>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            GuidanceOutcome r = rows.get(i);
            cells.add(java.util.Arrays.asList(labels.get(i), r.cases(), r.averageSharePercent(), r.averageRounds(),
                    r.averageDaysToSettle()));
        }
        var table = new ReportTable(List.of(t("report.col.bottomLine"), cases, share, t("report.col.averageRounds"),
                t("report.col.daysToSettle")), cells);
        return new Rendered(t("report.guidance.note"), chart, table);
    }

    static Rendered agents(List<AgentWorkload> rows, String currency) {
        List<String> names = map(rows, r -> r.agentId() == null ? t("report.unassigned")
                : r.agentName() == null ? "#" + r.agentId() : r.agentName());
        String open = t("report.col.open");
        String resolved = t("report.col.resolved");
        String chart = ChartOptions.horizontal(names)
                .stackedBar(open, map(rows, AgentWorkload::open))
                .stackedBar(resolved, map(rows, AgentWorkload::resolved)).toJson();
        List<List<Object>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AgentWorkload r = rows.get(i);
            cells.add(java.util.Arrays.asList(names.get(i), r.cases(), r.open(), r.resolved(), r.slaMetPercent(),
                    r.medianResolutionHours(), r.cost()));
        }
        var table = new ReportTable(List.of(t("report.col.agent"), t("report.col.cases"), open, resolved,
                t("report.col.slaMet"), t("report.col.medianResolution"), t("report.col.cost", currency)), cells);
        return new Rendered(null, chart, table);
    }
}
