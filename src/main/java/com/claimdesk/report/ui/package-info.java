/**
 * The reports dashboard ({@code /reports}, managers and team leads): filters kept in the address, one card per
 * report with an Apache ECharts chart (loaded from its WebJar, no npm), the same numbers as a table, and a CSV
 * export. Reports load in the background, each card with its own progress indicator, so the page stays usable
 * while a long one runs.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.report.ui;
