/**
 * What one application instance needs to know about itself when several run on one database: its name
 * ({@code claimdesk.node-name}), the {@code X-ClaimDesk-Node} response header, the record of scheduled job runs,
 * and the signals by which a node tells the others that shared state changed ({@link
 * com.claimdesk.base.node.ClusterSignals}, docs/decisions/141-shared-state-across-nodes.md).
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.base.node;
