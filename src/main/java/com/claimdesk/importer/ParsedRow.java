package com.claimdesk.importer;

import com.claimdesk.base.ValueObjects;

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

    /**
     * {@code facts} (a {@link com.claimdesk.base.Buyer} or {@link com.claimdesk.base.Shipment}) with the cells this
     * row has for its components, each read from the field named like the component; the others stay.
     */
    <R extends Record> R over(R facts) {
        return ValueObjects.with(facts, name -> ImportField.forProperty(name).map(values::get));
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
