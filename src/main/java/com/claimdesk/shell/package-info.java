/**
 * The application shell: the main layout (navigation by role, user menu, language switch) and the error and
 * not-found views. It sits above the features, which never refer to it: views get the layout through
 * {@code @Layout}, so no feature package depends on the shell and the shell may depend on all of them.
 */
@org.jspecify.annotations.NullMarked
package com.claimdesk.shell;
