/**
 * Reply templates: canned answers per language that team leads keep and agents start their replies from, with the
 * placeholder engine ({@link com.claimdesk.base.Placeholders}) that fills in the case's facts and refuses names
 * it does not know. Depends on the complaint categories, never the other way round; the repository is
 * package-private so that views go through {@link com.claimdesk.template.TemplateService}.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"reply_template", "reply_template_category", "reply_template_sub_reason"})
package com.claimdesk.template;
