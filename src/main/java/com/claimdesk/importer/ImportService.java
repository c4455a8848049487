package com.claimdesk.importer;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.base.ErrorReference;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.order.OrderService;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Importing orders and complaints from files: inspect a file, save and reuse column mappings, preview the first
 * rows with their problems, and run the import. Team leads only: an import touches many cases at once.
 * <p>
 * A run reads the file as a stream and writes {@value #BATCH_SIZE} rows per transaction through
 * {@link OrderService} and {@link ComplaintService}, so their checks, their authorisation and the audit trail apply
 * row by row. A row with problems is skipped before anything is written; should a row still fail while it is
 * written, its batch is rolled back and replayed one row per transaction, so that no other row is lost and no
 * half-written case remains (docs/decisions/030-import.md).
 */
@Service
@Validated
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    static final int BATCH_SIZE = 500;
    /** The largest file the import page accepts; 100 000 rows of a platform export are some 20 MB. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    static final int PREVIEW_ROWS = 20;
    private static final int SAMPLE_ROWS = 5;

    /** What a mapping must provide (as a column, or as a default where the file may have one). */
    private static final Set<ImportField> ORDER_COLUMNS = EnumSet.of(ImportField.ORDER_NUMBER, ImportField.ORDER_DATE,
            ImportField.ORDER_VALUE, ImportField.BUYER_NAME, ImportField.BUYER_COUNTRY);

    private final com.claimdesk.security.UserDirectory users;
    private final OrderService orders;
    private final ComplaintService complaints;
    private final ImportKeys keys;
    private final MessagesI18NProvider messages;
    private final ValidatorFactory validation;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ValueParser values;
    private final RunningImports running;

    ImportService(OrderService orders, ComplaintService complaints, ImportKeys keys, MessagesI18NProvider messages,
                  ValidatorFactory validation, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                  JsonMapper json, Clock clock, com.claimdesk.security.UserDirectory users, RunningImports running) {
        this.users = users;
        this.running = running;
        this.orders = orders;
        this.complaints = complaints;
        this.keys = keys;
        this.messages = messages;
        this.validation = validation;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.values = new ValueParser(messages);
    }

    // ---- looking at a file ----

    /** Reads the header and a few rows, detects the encoding when asked to, and suggests a mapping. */
    @PreAuthorize("hasRole('LEAD')")
    public FileInspection inspect(@NotNull Path file, String fileName, @NotNull FileEncoding encoding,
                                  @NotNull ImportKind kind) {
        FileEncoding effective = effectiveEncoding(file, fileName, encoding);
        try (TableReader table = TableReader.open(file, fileName, effective.charset())) {
            List<String> headers = table.headers();
            if (headers.isEmpty()) {
                throw new DomainException("import.error.empty", "No header row in " + fileName);
            }
            List<List<String>> samples = new ArrayList<>();
            table.rows((n, cells) -> {
                if (!RowParser.isBlank(cells)) {
                    samples.add(cells);
                }
                return samples.size() < SAMPLE_ROWS;
            });
            for (ColumnMapping saved : mappings(kind)) {
                if (headers.containsAll(saved.columns().keySet()) && !saved.columns().isEmpty()) {
                    return new FileInspection(headers, samples, effective, saved, saved.name());
                }
            }
            return new FileInspection(headers, samples, effective, guess(headers, kind), null);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    static ColumnMapping guess(List<String> headers, ImportKind kind) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        for (String header : headers) {
            ImportField.guess(header, kind).filter(used::add).ifPresent(f -> columns.put(header, f));
        }
        return new ColumnMapping("", kind, columns, ImportDefaults.NONE);
    }

    // ---- mappings saved per source ----

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public List<ColumnMapping> mappings(@NotNull ImportKind kind) {
        return jdbc.query("SELECT name, columns_json, defaults_json FROM import_mapping WHERE kind = ? "
                        + "ORDER BY updated_at DESC, id DESC",
                (rs, i) -> new ColumnMapping(rs.getString(1), kind, readColumns(rs.getString(2)),
                        readDefaults(rs.getString(3))), kind.name());
    }

    /** Saves the mapping under its name (replacing one of the same name and kind). */
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void saveMapping(@NotNull ColumnMapping mapping) {
        if (mapping.name().isBlank() || mapping.name().length() > 80) {
            throw new DomainException("import.mapping.name", "Mapping name blank or too long");
        }
        checkMapping(mapping);
        Map<String, String> columns = new LinkedHashMap<>();
        mapping.columns().forEach((h, f) -> columns.put(h, f.name()));
        Map<String, String> defaults = new LinkedHashMap<>();
        ImportDefaults d = mapping.defaults();
        if (d.marketplace() != null) defaults.put("marketplace", d.marketplace().name());
        if (d.currency() != null) defaults.put("currency", d.currency());
        if (d.subReason() != null) defaults.put("subReason", d.subReason().name());
        jdbc.update("""
                INSERT INTO import_mapping (kind, name, marketplace, columns_json, defaults_json, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE marketplace = VALUES(marketplace), columns_json = VALUES(columns_json),
                    defaults_json = VALUES(defaults_json), updated_at = VALUES(updated_at),
                    updated_by = VALUES(updated_by)""",
                mapping.kind().name(), mapping.name(), d.marketplace() == null ? null : d.marketplace().name(),
                json.writeValueAsString(columns), json.writeValueAsString(defaults),
                utc(clock.instant()), CurrentUser.require().displayName());
        log.info("Import mapping '{}' ({}) saved by {}", mapping.name(), mapping.kind(),
                CurrentUser.require().getUsername());
    }

    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void deleteMapping(@NotNull ImportKind kind, @NotNull String name) {
        jdbc.update("DELETE FROM import_mapping WHERE kind = ? AND name = ?", kind.name(), name);
    }

    private Map<String, ImportField> readColumns(String text) {
        Map<String, String> raw = json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() { });
        Map<String, ImportField> columns = new LinkedHashMap<>();
        raw.forEach((h, f) -> columns.put(h, ImportField.valueOf(f)));
        return columns;
    }

    private ImportDefaults readDefaults(String text) {
        Map<String, String> raw = json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() { });
        return new ImportDefaults(raw.containsKey("marketplace") ? Marketplace.valueOf(raw.get("marketplace")) : null,
                raw.get("currency"), raw.containsKey("subReason") ? SubReason.valueOf(raw.get("subReason")) : null);
    }

    /**
     * A mapping that cannot work is refused before any row is read: a field fed by two columns, or a field every
     * row needs with neither a column nor a default.
     */
    void checkMapping(ColumnMapping mapping) {
        Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
        for (ImportField f : mapping.columns().values()) {
            if (!f.appliesTo(mapping.kind())) {
                throw new DomainException("import.mapping.wrongKind", "Field " + f + " is not for " + mapping.kind(),
                        f.name());
            }
            if (!seen.add(f)) {
                throw new DomainException("import.mapping.duplicate", "Field " + f + " mapped twice", f.name());
            }
        }
        Set<ImportField> needed = mapping.kind() == ImportKind.ORDERS ? EnumSet.copyOf(ORDER_COLUMNS)
                : EnumSet.of(ImportField.ORDER_NUMBER);
        needed.removeAll(seen);
        if (mapping.defaults().marketplace() == null && !seen.contains(ImportField.MARKETPLACE)) {
            needed.add(ImportField.MARKETPLACE);
        }
        if (mapping.kind() == ImportKind.ORDERS && mapping.defaults().currency() == null
                && !seen.contains(ImportField.CURRENCY)) {
            needed.add(ImportField.CURRENCY);
        }
        if (mapping.kind() == ImportKind.COMPLAINTS && mapping.defaults().subReason() == null
                && !seen.contains(ImportField.SUB_REASON)) {
            needed.add(ImportField.SUB_REASON);
        }
        if (!needed.isEmpty()) {
            throw new DomainException("import.mapping.missing", "Mapping lacks " + needed,
                    needed.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
    }

    // ---- preview and run ----

    /** The first rows as the import would treat them; writes nothing. */
    @PreAuthorize("hasRole('LEAD')")
    public List<RowPreview> preview(@NotNull ImportRequest request, @NotNull Locale locale) {
        checkMapping(request.mapping());
        FileEncoding encoding = effectiveEncoding(request.file(), request.fileName(), request.encoding());
        List<RowPreview> previews = new ArrayList<>();
        try (TableReader table = TableReader.open(request.file(), request.fileName(), encoding.charset())) {
            RowParser parser = new RowParser(values, messages, locale, request.mapping(), table.headers());
            RowWriter writer = writer(request.kind(), locale, parser);
            table.rows((n, cells) -> {
                if (RowParser.isBlank(cells)) {
                    return true;
                }
                ParsedRow row = parser.parse(n, cells);
                Checked c = readOnly.execute(s -> check(row, writer));
                previews.add(new RowPreview(n, row.key(), c.problems().isEmpty() ? c.prepared().intent() : null,
                        c.prepared() == null ? null : c.prepared().reference(), texts(c.problems())));
                return previews.size() < PREVIEW_ROWS;
            });
        } catch (IOException e) {
            throw unreadable(request.fileName(), e);
        }
        return previews;
    }

    /** Receives progress: rows handled so far and the share of the file read (negative when unknown). */
    @FunctionalInterface
    public interface Progress {
        void update(long rows, double fraction);
    }

    /**
     * Imports every row. Runs as long as the file needs (call it from a background thread, see {@link ImportJobs});
     * {@code cancelled} is asked between rows and stops the run after the rows read so far have been written.
     */
    @PreAuthorize("hasRole('LEAD')")
    public ImportResult run(@NotNull ImportRequest request, @NotNull Locale locale, @NotNull Progress progress,
                            @NotNull BooleanSupplier cancelled) {
        checkMapping(request.mapping());
        FileEncoding encoding = effectiveEncoding(request.file(), request.fileName(), request.encoding());
        Instant started = clock.instant();
        long runId = startRun(request, started);
        log.info("Import {} of {} ({}, {}) started by {}", runId, request.fileName(), request.kind(), encoding,
                CurrentUser.require().getUsername());
        SummaryFile summary = null;
        String outcome = "FAILED";
        boolean stopped = false;
        try (TableReader table = TableReader.open(request.file(), request.fileName(), encoding.charset())) {
            summary = new SummaryFile(messages, locale);
            SummaryFile s = summary;
            RowParser parser = new RowParser(values, messages, locale, request.mapping(), table.headers());
            RowWriter writer = writer(request.kind(), locale, parser);
            List<ParsedRow> batch = new ArrayList<>(BATCH_SIZE);
            boolean[] cancel = {false};
            table.rows((n, cells) -> {
                if (cancelled.getAsBoolean()) {
                    cancel[0] = true;
                    return false;
                }
                if (RowParser.isBlank(cells)) {
                    return true;
                }
                batch.add(parser.parse(n, cells));
                if (batch.size() == BATCH_SIZE) {
                    flush(batch, writer, s, locale);
                    progress.update(s.rows(), table.progress());
                }
                return true;
            });
            flush(batch, writer, s, locale);
            stopped = cancel[0];
            progress.update(s.rows(), stopped ? table.progress() : 1.0);
            outcome = stopped ? "CANCELLED" : "DONE";
        } catch (IOException e) {
            deleteQuietly(summary == null ? null : summary.file());
            finishRun(runId, summary, "FAILED");
            throw unreadable(request.fileName(), e);
        } catch (RuntimeException e) {
            deleteQuietly(summary == null ? null : summary.file());
            finishRun(runId, summary, "FAILED");
            throw e;
        } finally {
            closeQuietly(summary);
        }
        finishRun(runId, summary, outcome);
        Duration took = Duration.between(started, clock.instant());
        log.info("Import {} {}: {} rows, {} created, {} updated, {} unchanged, {} skipped in {}", runId, outcome,
                summary.rows(), summary.created, summary.updated, summary.unchanged, summary.skipped, took);
        return new ImportResult(runId, summary.rows(), summary.created, summary.updated, summary.unchanged,
                summary.skipped, summary.firstSkipped(), summary.file(), stopped, took);
    }

    private RowWriter writer(ImportKind kind, Locale locale, RowParser parser) {
        var violations = new Violations(validation, locale, kind, parser::label);
        return kind == ImportKind.ORDERS ? new OrderRows(orders, violations)
                : new ComplaintRows(complaints, keys, violations);
    }

    private record Done(ParsedRow row, RowWriter.@Nullable Written written, @Nullable String problem) {
    }

    /**
     * Writes a batch in one transaction. When a row fails while being written (a rule its checks did not foresee,
     * a concurrent change), the batch is rolled back as a whole and replayed one row per transaction, so only that
     * row is skipped.
     */
    private void flush(List<ParsedRow> batch, RowWriter writer, SummaryFile summary, Locale locale) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<Done> done;
        try {
            done = transactions.execute(status -> batch.stream().map(row -> one(row, writer)).toList());
        } catch (RuntimeException batchFailed) {
            log.debug("Import batch failed, replaying row by row: {}", batchFailed.toString());
            done = new ArrayList<>(batch.size());
            for (ParsedRow row : batch) {
                try {
                    done.add(transactions.execute(status -> one(row, writer)));
                } catch (RuntimeException e) {
                    done.add(new Done(row, null, describe(e, locale, row)));
                }
            }
        }
        for (Done d : done) {
            if (d.written() != null) {
                summary.written(d.row(), d.written());
            } else {
                summary.skipped(d.row().rowNumber(), d.row().key(), d.problem());
            }
        }
        batch.clear();
    }

    private static Done one(ParsedRow row, RowWriter writer) {
        Checked c = check(row, writer);
        if (!c.problems().isEmpty()) {
            return new Done(row, null, String.join(" ", texts(c.problems())));
        }
        return new Done(row, writer.write(c.prepared()), null);
    }

    private record Checked(RowWriter.@Nullable Prepared prepared, List<RowProblem> problems) {
    }

    /**
     * Every problem of a row at once: the cells that could not be read, and what validation finds in the rest
     * (a field whose cell was unreadable is not reported again as missing). A row without its key is not looked up.
     */
    private static Checked check(ParsedRow row, RowWriter writer) {
        Set<ImportField> unreadable = row.problems().stream().map(RowProblem::field)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(() -> EnumSet.noneOf(ImportField.class)));
        if (unreadable.contains(ImportField.MARKETPLACE) || unreadable.contains(ImportField.ORDER_NUMBER)) {
            return new Checked(null, row.problems());
        }
        RowWriter.Prepared p = writer.prepare(row);
        List<RowProblem> problems = new ArrayList<>(row.problems());
        p.problems().stream().filter(x -> x.field() == null || !unreadable.contains(x.field())).forEach(problems::add);
        return new Checked(p, problems);
    }

    private String describe(RuntimeException e, Locale locale, ParsedRow row) {
        if (e instanceof DomainException de) {
            return messages.getTranslation(de.messageKey(), locale, de.arguments());
        }
        if (e instanceof ConstraintViolationException cve) {
            return cve.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining(" "));
        }
        if (e instanceof AccessDeniedException) {
            return messages.getTranslation("error.accessDenied", locale);
        }
        if (e instanceof org.springframework.dao.OptimisticLockingFailureException) {
            return messages.getTranslation("error.concurrentChange", locale);
        }
        String reference = ErrorReference.log(e, "Import of row " + row.rowNumber() + " failed");
        return messages.getTranslation("error.unexpected", locale, reference);
    }

    private static List<String> texts(List<RowProblem> problems) {
        return problems.stream().map(RowProblem::message).toList();
    }

    private static FileEncoding effectiveEncoding(Path file, String fileName, FileEncoding chosen) {
        if (chosen != FileEncoding.AUTO || TableReader.isXlsx(fileName)) {
            return chosen == FileEncoding.AUTO ? FileEncoding.UTF_8 : chosen;
        }
        try {
            return CharsetDetector.detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + fileName + " failed", e);
        }
    }

    private static DomainException unreadable(String fileName, IOException e) {
        log.info("Import file {} not readable: {}", fileName, e.toString());
        return new DomainException("import.error.unreadable", "Unreadable " + fileName, fileName);
    }

    // ---- the history of runs ----

    /** Refuses a file that is being imported right now, on this node or another (RunningImports). */
    private long startRun(ImportRequest request, Instant started) {
        String key = RunningImports.key(request.file());
        running.releaseDead(key);
        String name = request.fileName() == null ? "" : request.fileName();
        var holder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.update(con -> {
                var ps = con.prepareStatement("INSERT INTO import_run (kind, file_name, mapping_name, started_at, "
                        + "started_by, outcome, node, instance_id, heartbeat_at, running_key)"
                        + " VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, UTC_TIMESTAMP(6), ?)",
                        java.sql.Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, request.kind().name());
                ps.setString(2, name.length() > 255 ? name.substring(0, 255) : name);
                ps.setString(3, request.mapping().name().isBlank() ? null : request.mapping().name());
                ps.setObject(4, utc(started));
                ps.setLong(5, CurrentUser.id());
                ps.setString(6, running.node());
                ps.setString(7, running.instance());
                ps.setString(8, key);
                return ps;
            }, holder);
        } catch (org.springframework.dao.DuplicateKeyException sameFileRunning) {
            record Holder(long startedBy, String node) {
            }
            var other = jdbc.query("SELECT started_by, node FROM import_run WHERE running_key = ?",
                    (rs, i) -> new Holder(rs.getLong(1), rs.getString(2)), key);
            var by = other.isEmpty() ? null : users.refs(List.of(other.getFirst().startedBy()))
                    .get(other.getFirst().startedBy());
            throw new DomainException("import.error.alreadyRunning", "Import of " + name + " already running",
                    name, by == null ? "?" : by.displayName(), other.isEmpty() ? "?" : other.getFirst().node());
        }
        return holder.getKey().longValue();
    }

    private void finishRun(long runId, SummaryFile summary, String outcome) {
        jdbc.update("UPDATE import_run SET finished_at = ?, rows_read = ?, created = ?, updated = ?, unchanged = ?, "
                        + "skipped = ?, outcome = ?, running_key = NULL WHERE id = ?", utc(clock.instant()),
                summary == null ? 0 : summary.rows(), summary == null ? 0 : summary.created,
                summary == null ? 0 : summary.updated, summary == null ? 0 : summary.unchanged,
                summary == null ? 0 : summary.skipped, outcome, runId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEAD')")
    public List<ImportRunSummary> recentRuns(int limit) {
        record Row(long id, ImportKind kind, String file, String mapping, Instant started, Instant finished,
                   long startedBy, long read, long created, long updated, long unchanged, long skipped, String outcome,
                   String node) {
        }
        // a run whose node died while it ran shows as failed (RunningImports)
        List<Row> rows = jdbc.query("""
                SELECT r.id, r.kind, r.file_name, r.mapping_name, r.started_at, r.finished_at, r.started_by,
                       r.rows_read, r.created, r.updated, r.unchanged, r.skipped,
                       CASE WHEN r.outcome = 'RUNNING' AND NOT\s""" + RunningImports.ALIVE + """
                        THEN 'FAILED' ELSE r.outcome END, r.node
                FROM import_run r
                ORDER BY r.started_at DESC, r.id DESC LIMIT ?""", (rs, i) -> new Row(rs.getLong(1),
                ImportKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                instant(rs.getObject(5, java.time.LocalDateTime.class)),
                instant(rs.getObject(6, java.time.LocalDateTime.class)), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getString(13), rs.getString(14)),
                running.expiryMicros(),
                Math.clamp(limit, 1, 100));
        // who started them: names from the security module, for the list at once
        var names = users.refs(rows.stream().map(Row::startedBy).distinct().toList());
        return rows.stream().map(r -> new ImportRunSummary(r.id(), r.kind(), r.file(), r.mapping(), r.started(),
                r.finished(), names.containsKey(r.startedBy()) ? names.get(r.startedBy()).displayName() : "?",
                r.read(), r.created(), r.updated(), r.unchanged(), r.skipped(), r.outcome(), r.node())).toList();
    }

    /** Times are stored in UTC, as Hibernate stores them elsewhere, whatever the JVM's zone. */
    private static java.time.LocalDateTime utc(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static Instant instant(java.time.LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(java.time.ZoneOffset.UTC);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }

    private static void closeQuietly(SummaryFile summary) {
        if (summary != null) {
            try {
                summary.close();
            } catch (IOException e) {
                log.warn("Could not close the import summary", e);
            }
        }
    }
}
