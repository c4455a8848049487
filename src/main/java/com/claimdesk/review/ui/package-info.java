/** The review queue, the one-screen review of a case, and the prevention checklist. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.review.ui;
