/**
 * What every feature shares: {@link com.claimdesk.base.Money}, the domain exceptions that carry a translatable
 * message key, and the application's settings. Sub-packages hold the i18n provider, the embedded database, the
 * node's identity when several run ({@code node}) and the base UI (main layout, formatting, error views).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@OwnsTables({"job_run", "shedlock", "event_publication"})
package com.claimdesk.base;
