/**
 * Orders as the platforms and the ERP export them ({@link com.claimdesk.order.OrderService}): one row per
 * marketplace and order number, updated by every import or API call that sends the order again. A complaint about
 * a known order starts with the order's facts filled in, through the {@link com.claimdesk.complaint.OrderLookup}
 * port that this package implements (the case aggregate does not depend on orders).
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"imported_order"})
package com.claimdesk.order;
