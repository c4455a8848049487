package com.claimdesk.dossier;

/**
 * A dossier that was made and stored.
 *
 * @param evidenceId the evidence item that holds the PDF (download it through the evidence service)
 * @param pages      how many pages the PDF has
 */
public record DossierSummary(long evidenceId, String fileName, long sizeBytes, int pages) {
}
