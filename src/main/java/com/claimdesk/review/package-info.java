/**
 * Team-lead review of finished cases and the lessons drawn from them. The review queue lists resolved and closed
 * cases nobody has reviewed yet, oldest first; the lead rates the handling, comments, and can turn the case's
 * prevention note into a lesson. Lessons form the prevention checklist every agent can read and search, grouped by
 * category, product (SKU) and root cause.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"case_review", "lesson"})
package com.claimdesk.review;
