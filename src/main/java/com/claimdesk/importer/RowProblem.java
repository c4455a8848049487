package com.claimdesk.importer;

/** Why a row was not imported, already in the importing user's language. */
public record RowProblem(ImportField field, String message) {
}
