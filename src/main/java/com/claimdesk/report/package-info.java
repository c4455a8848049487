/**
 * Reports for team leads and managers: case flow, age of open cases, response times, cost of complaints, refunds
 * against order value, escalated disputes, negotiation rounds against cost and per-agent workload. Every figure is
 * an aggregate query in MariaDB over the read-only views the other modules publish for it ({@code complaint_facts},
 * {@code settlement_facts}, ...; see {@link com.claimdesk.base.PublishesViews}), never their tables, so this package
 * depends on no feature's classes beyond its enums and events, no entity is ever loaded to count it, and the owners
 * may change their tables behind their views (docs/decisions/040-reports.md, 080-modules.md rule 4). It owns the
 * daily summaries computed from those views, which answer the flow and cost reports over long periods
 * (docs/decisions/150-report-summaries.md).
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"report_summary_state", "report_day_flow", "report_day_cost", "report_month_cost",
        "report_summary_case", "report_summary_dirty"})
package com.claimdesk.report;
