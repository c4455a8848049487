/**
 * Full-text search over the cases, ranked and highlighted, with facets for status, marketplace and category
 * ({@link com.claimdesk.search.CaseSearch}). Hibernate Search's standalone mapper indexes one case document per case,
 * which this module assembles from the published reads of the case, thread and evidence modules (no entity of theirs
 * is mapped here); the index follows their events after each commit and is caught up at start. The Lucene index lives
 * in {@code <claimdesk.data-dir>/search-index}; several nodes share an Elasticsearch or OpenSearch cluster instead
 * ({@code claimdesk.search.backend}). Owns no table (docs/decisions/140-search.md).
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.search;
