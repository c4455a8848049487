package com.claimdesk.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which column feeds which field (by header, as the file names it) and the file's defaults. {@code name} is the
 * name it is saved under for the next file from the same source; blank for a one-off.
 */
public record ColumnMapping(String name, ImportKind kind, Map<String, ImportField> columns, ImportDefaults defaults) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        defaults = defaults == null ? ImportDefaults.NONE : defaults;
        name = name == null ? "" : name.strip();
    }

    boolean maps(ImportField field) {
        return columns.containsValue(field);
    }
}
