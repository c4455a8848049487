/**
 * The case page itself: the frame that loads the case and shows what the features contribute, and who else has the
 * case open.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.workspace.ui;
