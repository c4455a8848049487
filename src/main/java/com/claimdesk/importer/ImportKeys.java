package com.claimdesk.importer;

import com.claimdesk.complaint.Marketplace;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which case an imported complaint became, by its key on the platform ({@code complaint_import_key}). Plain JDBC by
 * id, so the importer needs no access to the case aggregate's internals; runs inside the caller's transaction.
 */
@Component
class ImportKeys {

    enum Type { DISPUTE, ORDER }

    private final JdbcTemplate jdbc;
    private final com.claimdesk.complaint.Cases cases;

    ImportKeys(JdbcTemplate jdbc, com.claimdesk.complaint.Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** The case number the key belongs to, or null. */
    String caseNumber(Marketplace marketplace, Type type, String key) {
        List<Long> found = jdbc.queryForList("""
                SELECT k.complaint_id FROM complaint_import_key k
                WHERE k.marketplace = ? AND k.key_type = ? AND k.key_value = ?""", Long.class,
                marketplace.name(), type.name(), key);
        return found.isEmpty() ? null : cases.find(found.getFirst()).map(com.claimdesk.complaint.CaseFacts::caseNumber)
                .orElse(null);
    }

    boolean hasDisputeKey(long complaintId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM complaint_import_key WHERE complaint_id = ? AND key_type = ?",
                Integer.class, complaintId, Type.DISPUTE.name());
        return n != null && n > 0;
    }

    long complaintId(String caseNumber) {
        return cases.byNumber(caseNumber).map(com.claimdesk.complaint.CaseFacts::id)
                .orElseThrow(() -> new IllegalStateException("No case " + caseNumber));
    }

    void remember(Marketplace marketplace, Type type, String key, long complaintId) {
        jdbc.update("""
                INSERT INTO complaint_import_key (marketplace, key_type, key_value, complaint_id) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE complaint_id = VALUES(complaint_id)""",
                marketplace.name(), type.name(), key, complaintId);
    }
}
