/**
 * Who may do what: users and their roles (stored in MariaDB, passwords as bcrypt hashes), the Spring Security
 * set-up with Vaadin's configurer, the first admin and the signed-in user. Its {@code ui} package holds the login,
 * password and user administration views.
 */
package com.claimdesk.security;
