/** The case page's dossier section (below the evidence) and the dialog in which the agent picks what goes in. */
@org.jspecify.annotations.NullMarked
package com.claimdesk.dossier.ui;
