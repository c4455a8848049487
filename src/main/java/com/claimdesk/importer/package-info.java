/**
 * Importing orders and complaints from the CSV and XLSX files that platforms and ERPs export
 * ({@link com.claimdesk.importer.ImportService}): the file is read as a stream (Commons CSV, POI's SAX reader for
 * XLSX), its columns are matched to fields by a mapping saved per source, rows are checked one by one and written
 * in batches through the same services as the UI, so a bad row is skipped with its reason and never leaves half a
 * case. See docs/decisions/030-import.md.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"import_mapping", "import_run", "complaint_import_key"})
package com.claimdesk.importer;
