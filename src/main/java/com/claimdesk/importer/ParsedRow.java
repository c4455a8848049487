package com.claimdesk.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One data row read into field values; a row with problems is skipped and never written. */
record ParsedRow(long rowNumber, Map<ImportField, Object> values, List<RowProblem> problems) {

    ParsedRow {
        values = values.isEmpty() ? new EnumMap<>(ImportField.class) : new EnumMap<>(values);
    }

    @SuppressWarnings("unchecked")
    <T> T get(ImportField field) {
        return (T) values.get(field);
    }

    boolean has(ImportField field) {
        return values.get(field) != null;
    }

    /** A short handle for the summary: marketplace, order number and dispute id as the row gave them. */
    String key() {
        var sb = new StringBuilder();
        Object m = values.get(ImportField.MARKETPLACE);
        if (m != null) {
            sb.append(m).append(' ');
        }
        sb.append(values.getOrDefault(ImportField.ORDER_NUMBER, ""));
        Object dispute = values.get(ImportField.DISPUTE_ID);
        if (dispute != null) {
            sb.append(" / ").append(dispute);
        }
        return sb.toString().strip();
    }
}
