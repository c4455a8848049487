/**
 * The team lead's template administration: the list of reply templates and the editor with its live preview.
 * Agents do not come here; they get templates from {@link com.claimdesk.template.TemplateService#suggestionsFor}.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.template.ui;
