/**
 * Background work: scheduling is always on, in the app and in tests alike; each job decides by its own setting
 * whether this node runs it. User-started work (reports, imports) runs on Boot's {@code applicationTaskExecutor},
 * named by qualifier because the scheduler is an executor too.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.base.task;
