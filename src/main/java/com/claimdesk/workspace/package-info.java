/**
 * The case page at {@code /cases/{caseNumber}} as an extension point. This package is its API: features contribute
 * tabs ({@link com.claimdesk.workspace.CaseTab}), sections within another feature's tab
 * ({@link com.claimdesk.workspace.CaseSection}) and panels in the header and beside the tabs
 * ({@link com.claimdesk.workspace.CasePanel}) as Spring beans in their own {@code ui} packages, and the module that
 * owns cases loads them for the page ({@link com.claimdesk.workspace.CaseSource}). The page itself
 * ({@code ui.CaseWorkspaceView}) knows none of the features: they depend on this package, never the other way, so
 * that any feature, the case's own module included, can add to the page without a cycle
 * (docs/decisions/084-case-page-extension-point.md).
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"case_viewer"})
package com.claimdesk.workspace;
