/**
 * Demo data: the demo users (one per role, all with the password {@code demo1234}) and about 300 made-up but
 * realistic cases across every category, marketplace and status, so that each screen has something to show. Its
 * beans exist only in demo mode ({@link com.claimdesk.base.ConditionalOnDemoMode}); the cases come from a fixed
 * random seed so that every demo looks the same, and never twice: cases are seeded only into an empty database. The
 * made-up texts are resources in {@code src/main/resources/demo/}.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.demo;
