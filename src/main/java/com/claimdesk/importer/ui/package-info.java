/**
 * The import page ({@code /import}, team leads): a wizard of four steps on one route, one component per step
 * (file, columns, preview, import with its summary), with the import running in the background and its progress
 * pushed to the browser. {@code ImportView} leads from step to step and owns the temporary files.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.importer.ui;
