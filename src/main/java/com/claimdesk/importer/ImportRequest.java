package com.claimdesk.importer;

import java.nio.file.Path;

/**
 * A received file and how to read it. The file belongs to the caller, who deletes it when done.
 *
 * @param encoding how a CSV file's bytes are text; AUTO detects it
 */
public record ImportRequest(Path file, String fileName, FileEncoding encoding, ColumnMapping mapping) {

    public ImportKind kind() {
        return mapping.kind();
    }
}
