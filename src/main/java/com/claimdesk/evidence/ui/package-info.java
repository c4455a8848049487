/**
 * The evidence part of the case page: {@link com.claimdesk.evidence.ui.EvidencePanel} (upload area, refusals with
 * their reasons, gallery) and the lightbox it opens. Files reach the browser only through session-bound download
 * handlers that ask {@link com.claimdesk.evidence.EvidenceService} again, so a link works for a signed-in team member
 * and for nobody else. The panel has no route of its own: {@link com.claimdesk.evidence.ui.EvidenceTab} contributes it
 * to the case page. {@link com.claimdesk.evidence.ui.EvidenceStrip}, a row of thumbnails, is embedded by the approval
 * queue (a named interface).
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.evidence.ui;
