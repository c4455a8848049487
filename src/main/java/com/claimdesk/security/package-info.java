/**
 * Who may do what: users and their roles (stored in MariaDB, passwords as bcrypt hashes), the Spring Security
 * set-up with Vaadin's configurer, the first admin and the signed-in user, and what protects signing in (throttling
 * and the login audit in MariaDB, login CSRF, the session cookie, the security headers; decision 075). Its {@code ui}
 * package holds the login, password and user administration views.
 *
 * <p>Publishes {@code user_names} for the reports (migration V091): each user's id and display name.
 */
@org.jspecify.annotations.NullMarked
@com.claimdesk.base.OwnsTables({"app_user", "app_user_role", "api_token", "login_audit", "login_throttle"})
@com.claimdesk.base.PublishesViews({"user_names"})
package com.claimdesk.security;
