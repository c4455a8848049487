/** The review queue, the one-screen review of a case, and the prevention checklist. */
package com.claimdesk.review.ui;
