/**
 * The deadline parts of the UI: the strip of open deadlines and the prevention banner in the case header (with
 * mark met, extend, add and "platform event" dialogs), and the admin page for marketplace rules, SLA policies and
 * the team's working calendar ({@code /admin/deadlines}).
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.deadline.ui;
