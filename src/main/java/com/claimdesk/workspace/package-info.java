/**
 * The case workspace: the page at {@code /cases/{caseNumber}} where an agent works a case from first answer to
 * settlement. It composes the features (case facts, thread, evidence, history) and sits above them: nothing
 * depends on this package, so each feature stays free of the others.
 */
package com.claimdesk.workspace;
