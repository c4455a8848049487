/**
 * The evidence part of the case page: {@link com.claimdesk.evidence.ui.EvidencePanel} (upload area, refusals with
 * their reasons, gallery) and the lightbox it opens. Files reach the browser only through session-bound download
 * handlers that ask {@link com.claimdesk.evidence.EvidenceService} again, so a link works for a signed-in team member
 * and for nobody else. The panel has no route of its own: the case page embeds it.
 */
package com.claimdesk.evidence.ui;
