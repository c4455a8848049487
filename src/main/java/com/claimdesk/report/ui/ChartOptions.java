package com.claimdesk.report.ui;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * ECharts option objects built with Jackson (so labels with quotes or Chinese text are escaped correctly). Only
 * plain data goes to the browser: no functions, nothing evaluated there.
 */
final class ChartOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode root = JSON.createObjectNode();

    private ChartOptions() {
        root.putObject("tooltip").put("trigger", "axis");
        root.putObject("legend").put("top", 0);
        root.putObject("grid").put("left", 8).put("right", 28).put("top", 36).put("bottom", 8).put("containLabel", true);
    }

    /** Bars and lines over a category axis (weeks, months, buckets). */
    static ChartOptions categories(List<String> labels) {
        var o = new ChartOptions();
        ObjectNode axis = o.root.putObject("xAxis").put("type", "category");
        if (labels.size() <= 8) {
            // few buckets (ages, months, rounds): name every one, wrapped if long, rather than skip some
            axis.putObject("axisLabel").put("interval", 0).put("width", 64).put("overflow", "break");
        }
        ArrayNode data = axis.putArray("data");
        labels.forEach(data::add);
        o.root.putArray("yAxis").addObject().put("type", "value");
        o.root.putArray("series");
        return o;
    }

    /** Horizontal bars: long labels (products, agents, root causes) read better down the side. */
    static ChartOptions horizontal(List<String> labels) {
        var o = new ChartOptions();
        o.root.putObject("xAxis").put("type", "value");
        ArrayNode data = o.root.putArray("yAxis").addObject().put("type", "category").put("inverse", true)
                .putArray("data");
        labels.forEach(data::add);
        o.root.putArray("series");
        return o;
    }

    /** A pie of named values. */
    static ChartOptions pie(String name, List<String> labels, List<? extends Number> values) {
        var o = new ChartOptions();
        o.root.putObject("tooltip").put("trigger", "item");
        ArrayNode data = o.root.putArray("series").addObject().put("type", "pie").put("name", name)
                .put("radius", "65%").putArray("data");
        for (int i = 0; i < labels.size(); i++) {
            data.addObject().put("name", labels.get(i)).put("value", number(values.get(i)));
        }
        o.root.putObject("legend").put("type", "scroll").put("bottom", 0);
        return o;
    }

    /** A second value axis on the right (percentages next to counts or amounts). */
    ChartOptions secondAxis(String name) {
        ((ArrayNode) root.get("yAxis")).addObject().put("type", "value").put("name", name).put("position", "right");
        return this;
    }

    ChartOptions bar(String name, List<? extends Number> values) {
        return series("bar", name, values, 0, false);
    }

    ChartOptions stackedBar(String name, List<? extends Number> values) {
        return series("bar", name, values, 0, true);
    }

    ChartOptions line(String name, List<? extends Number> values, int axis) {
        return series("line", name, values, axis, false);
    }

    private ChartOptions series(String type, String name, List<? extends Number> values, int axis, boolean stack) {
        ObjectNode s = ((ArrayNode) root.get("series")).addObject().put("type", type).put("name", name);
        if (axis > 0) {
            s.put("yAxisIndex", axis);
        }
        if (stack) {
            s.put("stack", "total");
        }
        if ("line".equals(type)) {
            s.put("connectNulls", true);
        }
        ArrayNode data = s.putArray("data");
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(number(v));
            }
        });
        return this;
    }

    private static double number(Number n) {
        return n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue();
    }

    String toJson() {
        return JSON.writeValueAsString(root);
    }
}
