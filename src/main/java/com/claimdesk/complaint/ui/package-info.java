/**
 * The case pages of the case module: the queue, the new-case form, the case's own tabs, sections and panels on the
 * case page (contributed through {@code com.claimdesk.workspace}), and the form parts they share.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.complaint.ui;
