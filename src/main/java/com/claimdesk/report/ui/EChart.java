package com.claimdesk.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Apache ECharts in the browser from an option object built on the server. The library comes from
 * the {@code org.webjars.npm:echarts} WebJar, which Spring Boot serves under {@code /webjars/}: no npm package and
 * no custom frontend build (docs/decisions/040-reports.md). The script is loaded once per page, on first use; the
 * chart follows its element's size (a {@code ResizeObserver}, so window resizes and layout changes both count) and
 * a click on it fires {@code chart-click} on the element.
 */
class EChart extends Div {

    static final String SCRIPT = "webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final String RENDER = """
            const el = this;
            if (!window.__claimdeskEcharts) {
              window.__claimdeskEcharts = new Promise((resolve, reject) => {
                if (window.echarts) { resolve(window.echarts); return; }
                const s = document.createElement('script');
                s.src = $1;
                s.onload = () => resolve(window.echarts);
                s.onerror = () => { window.__claimdeskEcharts = null; reject(new Error('ECharts did not load')); };
                document.head.appendChild(s);
              });
            }
            return window.__claimdeskEcharts.then(echarts => {
              const chart = echarts.getInstanceByDom(el) || echarts.init(el);
              chart.setOption(JSON.parse($0), true);
              if (!el.__claimdeskResize) {
                el.__claimdeskResize = new ResizeObserver(() => chart.resize());
                el.__claimdeskResize.observe(el);
                chart.on('click', p => el.dispatchEvent(new CustomEvent('chart-click', {detail: p.name})));
              }
              el.setAttribute('data-rendered', '');
            });""";

    private String option;

    EChart() {
        addClassName("cd-chart");
        setWidthFull();
        setHeight("280px");
    }

    /** Draws the chart from an ECharts option object in JSON (replacing what was drawn before). */
    void setOption(String json) {
        this.option = json;
        render();
    }

    String getOption() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // a re-attached element is a new one in the browser: draw again
        render();
    }

    private void render() {
        if (option != null && isAttached()) {
            getElement().executeJs(RENDER, option, SCRIPT);
        }
    }
}
