/**
 * The search pages: the search results page at {@code /search} (ranked hits with marked snippets, facets, the state in
 * the URL) and the admin's page for the index at {@code /admin/search-index} (its state and a rebuild with progress).
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.search.ui;
