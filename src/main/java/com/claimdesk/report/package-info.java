/**
 * Reports for team leads and managers: case flow, age of open cases, response times, cost of complaints, refunds
 * against order value, escalated disputes, negotiation rounds against cost and per-agent workload. Every figure is
 * an aggregate query in MariaDB over the tables of the other features, read by SQL only, so this package depends on
 * no feature's classes beyond its enums and no entity is ever loaded to count it
 * (docs/decisions/040-reports.md).
 */
package com.claimdesk.report;
