/**
 * The REST API under {@code /api/v1} for the seller's other tools (ERP, order system, marketplace connectors):
 * cases (create, read, list with cursor paging, messages, evidence) and orders. Controllers only translate between
 * JSON and the same services the UI calls, so method security, validation and the audit trail apply unchanged; a
 * request authenticates with an API token ({@link com.claimdesk.api.ApiSecurityConfig}), is rate limited per token,
 * and every error is an RFC 9457 problem document ({@link com.claimdesk.api.ApiProblemHandler}), also for requests
 * no endpoint takes ({@link com.claimdesk.api.ApiErrorResolver}, {@link com.claimdesk.api.ApiErrorDispatchFilter}).
 * See docs/decisions/031-api-tokens.md and 075-login-protection.md.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"api_rate_bucket"})
package com.claimdesk.api;
