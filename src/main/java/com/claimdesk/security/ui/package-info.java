/**
 * Sign-in, the own-password page, and the admin's user management, plus the per-UI hooks that apply a user's
 * language and enforce a first-login password change.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.security.ui;
