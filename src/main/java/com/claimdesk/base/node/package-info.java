/**
 * What one application instance needs to know about itself when several run on one database: its name
 * ({@code claimdesk.node-name}), the {@code X-ClaimDesk-Node} response header, and the record of scheduled job runs.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.base.node;
