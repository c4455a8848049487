package com.claimdesk.importer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a file looks like before anything is imported: its columns with a few example values, the encoding it was
 * read with, and the mapping suggested for it (a saved one whose columns the file has, else one guessed from the
 * header names).
 *
 * @param savedMappingName the saved mapping that was suggested, or null when guessed
 */
public record FileInspection(List<String> headers, List<List<String>> samples, FileEncoding encoding,
                             ColumnMapping suggested, @Nullable String savedMappingName) {

    /** The first non-empty example value of a column, for the mapping step to show. */
    public String example(int column) {
        for (List<String> row : samples) {
            if (column < row.size() && !row.get(column).isBlank()) {
                return row.get(column);
            }
        }
        return "";
    }
}
