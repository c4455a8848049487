package com.claimdesk.importer;

import org.jspecify.annotations.Nullable;

/** Why a row was not imported, already in the importing user's language. */
public record RowProblem(@Nullable ImportField field, String message) {
}
