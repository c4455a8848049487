/**
 * Evidence on a case: the buyer's photos and videos, our own photos taken before shipping, the carrier's inquiry
 * answers and customs certificates (PDF). {@link com.claimdesk.evidence.EvidenceService} is the only way in: it checks
 * every upload by its content (Apache Tika, never the file name), its size while it streams and an image's pixel
 * count from the header before anything is decoded; it keeps the original byte for byte under a generated key and
 * makes a preview and a thumbnail (JPEG, without EXIF or GPS) next to it. The bytes live behind
 * {@link com.claimdesk.evidence.EvidenceStorage} (a folder below {@code <claimdesk.data-dir>/evidence/} by default, or
 * {@code claimdesk.evidence.dir}, which several nodes share; an object store can replace it), the metadata in MariaDB ({@code evidence_item}). A refused or failed upload
 * leaves neither a row nor a file: files are written before the row and removed again when its transaction does
 * not commit. The package knows a case only by its numeric id, so that the case page can depend on it without a
 * package cycle.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"evidence_item"})
package com.claimdesk.evidence;
