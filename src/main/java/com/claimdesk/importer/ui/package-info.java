/**
 * The import page ({@code /import}, team leads): a wizard of four steps (file, columns, preview, import) on one
 * route, with the import running in the background and its progress pushed to the browser.
 */
package com.claimdesk.importer.ui;
