/**
 * What every feature shares: {@link com.claimdesk.base.Money}, the value objects of an order that a case and a
 * known order both store ({@link com.claimdesk.base.OrderFacts}, {@link com.claimdesk.base.Buyer},
 * {@link com.claimdesk.base.Shipment}; docs/decisions/080-modules.md, "Value objects"), the domain exceptions that
 * carry a translatable message key, and the application's settings. Sub-packages hold the i18n provider, the
 * embedded database, the node's identity when several run ({@code node}) and the base UI (main layout, formatting,
 * error views).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@OwnsTables({"job_run", "shedlock", "event_publication", "node_signal"})
package com.claimdesk.base;
