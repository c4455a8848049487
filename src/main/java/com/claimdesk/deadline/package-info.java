/**
 * Deadlines a seller must not miss: the platform's dates (promised delivery, automatic receipt confirmation,
 * dispute reply-by and escalation, chargeback response), the team's own SLA targets (first response, resolution)
 * and custom ones. Dates come from marketplace rules and SLA policies counted in calendar or working time
 * ({@link com.claimdesk.deadline.WorkingCalendar}); a deadline copies what it was computed with, so editing a rule
 * never moves an existing date. A scheduled job, locked across nodes with ShedLock, marks missed deadlines and
 * raises notifications. The case's most urgent date is kept on the case row for the queue, which also flags cases
 * whose promised delivery date must be extended on the platform ({@code PreventionQueueFlag}).
 * See docs/decisions/020-deadlines.md.
 *
 * <p>Publishes {@code first_response_deadline_facts} for the reports (migration V091): a case's first-response
 * target from its SLA policy, the date that counts after any extension, whether and when it was met; and
 * {@code chargeback_facts} (migration V160): the cases that received a chargeback (a chargeback response deadline).
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"deadline", "deadline_settings", "marketplace_rule", "sla_policy", "team_holiday"})
@com.claimdesk.base.PublishesViews({"first_response_deadline_facts", "chargeback_facts"})
package com.claimdesk.deadline;
