/**
 * Translations (English and Simplified Chinese) behind Vaadin's I18NProvider, and the request hook that lets
 * server-side validation messages follow the user's chosen language.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.base.i18n;
