package com.claimdesk.bench;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.SubReason;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes N made-up cases with everything a case carries, straight into MariaDB with JDBC multi-row INSERTs (the
 * application's services would take hours for a million): a thread of 2–6 messages, evidence metadata (no files),
 * offers and a bottom line on about 30 %, refund requests (pending ones fill the approval queue), a settlement with
 * its cost lines on every finished case, deadlines (team SLA, promised delivery) and audit lines. Most cases are
 * closed, a few percent open, as in a seller's archive of several years. {@code next_deadline_at} and
 * {@code first_response_at} are set as the application would set them; foreign keys are satisfied by construction
 * (and checked off while loading, for speed). Deterministic: case i always gets the same values. One case in 50
 * also has a buyer message in Chinese (search for Chinese words).
 */
final class ScaleSeeder {

    static final int AGENTS = 100;
    private static final int CASES_PER_TRANSACTION = 2_000;
    private static final int ROWS_PER_STATEMENT = 500;

    private final DataSource dataSource;
    private final Instant now;

    ScaleSeeder(DataSource dataSource, Instant now) {
        this.dataSource = dataSource;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    long countCases() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM complaint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Adds cases until the table holds at least {@code target}; returns how many it added. */
    long seedUpTo(long target, int threads) throws Exception {
        long existing = countCases();
        if (existing >= target) {
            return 0;
        }
        int toAdd = Math.toIntExact(target - existing);
        List<Long> agents = ensureAgents();
        long firstId;
        long settlementOffset;
        Map<Integer, AtomicLong> sequences = new ConcurrentHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM complaint")) {
                rs.next();
                firstId = rs.getLong(1) + 1;
            }
            try (var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM settlement")) {
                rs.next();
                // settlement ids are the case's id shifted past the settlements that exist already
                settlementOffset = Math.max(0, rs.getLong(1) + 1 - firstId);
            }
            try (var rs = s.executeQuery("SELECT seq_year, last_value FROM case_number_sequence")) {
                while (rs.next()) {
                    sequences.put(rs.getInt(1), new AtomicLong(rs.getLong(2)));
                }
            }
            try {
                // the redo log is flushed once a second instead of at every commit while loading; restored below
                s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
            } catch (SQLException notAllowed) {
                // an external server may not grant it: slower, not wrong
            }
        }
        var nextChunk = new AtomicInteger();
        int chunks = (toAdd + CASES_PER_TRANSACTION - 1) / CASES_PER_TRANSACTION;
        var done = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        try (Statement s = c.createStatement()) {
                            s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
                        }
                        int chunk;
                        while ((chunk = nextChunk.getAndIncrement()) < chunks) {
                            int from = chunk * CASES_PER_TRANSACTION;
                            int to = Math.min(toAdd, from + CASES_PER_TRANSACTION);
                            var batch = new Batch();
                            for (int i = from; i < to; i++) {
                                new CaseMaker(firstId + i, (int) (existing + i), agents, sequences, now, settlementOffset)
                                        .make(batch);
                            }
                            batch.write(c);
                            c.commit();
                            long total = done.addAndGet(to - from);
                            if (total % 100_000 < CASES_PER_TRANSACTION && total >= 100_000) {
                                System.out.printf("  seeded %,d cases (%d s)%n", total,
                                        (System.nanoTime() - started) / 1_000_000_000);
                            }
                        }
                        try (Statement s = c.createStatement()) {
                            s.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (var e : sequences.entrySet()) {
                s.execute("INSERT INTO case_number_sequence (seq_year, last_value) VALUES (" + e.getKey() + ", "
                        + e.getValue().get() + ") ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, VALUES(last_value))");
            }
            try {
                s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 1");
            } catch (SQLException notAllowed) {
                // see above
            }
            s.execute("ANALYZE TABLE complaint, case_message, deadline, refund_request, evidence_item");
        }
        return toAdd;
    }

    /** 100 agents (bench-agent-001 ...) with the password of the demo user "agent", or "demo1234" if none. */
    private List<Long> ensureAgents() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String hash = "{noop}demo1234";
            try (var rs = s.executeQuery("SELECT password_hash FROM app_user WHERE username = 'agent'")) {
                if (rs.next()) {
                    hash = rs.getString(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO app_user (username, display_name,"
                    + " password_hash, enabled, must_change_password, locale, created_at, updated_at) VALUES (?, ?, ?,"
                    + " TRUE, FALSE, 'zh_CN', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
                for (int i = 1; i <= AGENTS; i++) {
                    insert.setString(1, agentName(i));
                    insert.setString(2, "Bench Agent " + i);
                    insert.setString(3, hash);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("INSERT IGNORE INTO app_user_role (user_id, role) SELECT id, 'AGENT' FROM app_user"
                    + " WHERE username LIKE 'bench-agent-%'");
            List<Long> ids = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT id FROM app_user WHERE username LIKE 'bench-agent-%' ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    static String agentName(int i) {
        return "bench-agent-%03d".formatted(i);
    }

    /** Rows of one transaction, per table, written as multi-row INSERTs. */
    static final class Batch {
        final Map<String, Table> tables = new java.util.LinkedHashMap<>();

        Table table(String name, String columns) {
            return tables.computeIfAbsent(name, n -> new Table(n, columns));
        }

        void write(Connection c) throws SQLException {
            for (Table t : tables.values()) {
                t.write(c);
            }
        }
    }

    static final class Table {
        final String name;
        final String columns;
        final int width;
        final List<Object[]> rows = new ArrayList<>();

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
            this.width = columns.split(",").length;
        }

        void add(Object... row) {
            if (row.length != width) {
                throw new IllegalArgumentException(name + ": " + row.length + " values for " + width + " columns");
            }
            rows.add(row);
        }

        void write(Connection c) throws SQLException {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                int to = Math.min(rows.size(), from + ROWS_PER_STATEMENT);
                var sql = new StringBuilder("INSERT INTO ").append(name).append(" (").append(columns).append(") VALUES ");
                String one = "(" + String.join(",", java.util.Collections.nCopies(width, "?")) + ")";
                for (int i = from; i < to; i++) {
                    sql.append(i == from ? "" : ",").append(one);
                }
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (int i = from; i < to; i++) {
                        for (Object v : rows.get(i)) {
                            ps.setObject(p++, v instanceof Instant t ? Timestamp.from(t) : v);
                        }
                    }
                    ps.executeUpdate();
                }
            }
        }
    }

    /** One case and everything it carries. */
    private static final class CaseMaker {

        private static final String[] FIRST = {"James", "Maria", "Ahmed", "Olga", "Liam", "Sofia", "Carlos", "Anna",
                "Mohammed", "Emma", "Luca", "Fatima", "Noah", "Chloe", "Ivan", "Yuki", "Pedro", "Hannah", "Omar",
                "Elena", "David", "Aisha", "Lukas", "Grace", "Mateo", "Zoe", "Kwame", "Nora", "Ali", "Julia"};
        private static final String[] LAST = {"Smith", "Garcia", "Hassan", "Petrova", "Murphy", "Rossi", "Silva",
                "Kowalska", "Khan", "Dubois", "Bianchi", "Yilmaz", "Johnson", "Martin", "Ivanov", "Tanaka", "Costa",
                "Schmidt", "Farouk", "Novak", "Brown", "Okafor", "Weber", "Wilson", "Lopez", "Nguyen", "Mensah",
                "Berg", "Rahman", "Fischer", "Anderson", "Moreau", "Santos", "Jansen", "Haddad", "Larsen"};
        private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "ES", "IT", "BR", "RU", "PL", "NL", "SA",
                "AE", "AU", "CA", "MX", "TR", "JP", "KR", "NG", "ZA"};
        private static final String[] CURRENCIES = {"USD", "USD", "USD", "USD", "EUR", "EUR", "GBP", "CNY"};
        private static final String[] CARRIERS = {"China Post", "Cainiao", "DHL", "FedEx", "UPS", "YunExpress",
                "4PX", "EMS", "SF Express"};
        private static final String[] MARKETPLACES = {"ALIBABA_TRADE_ASSURANCE", "ALIEXPRESS", "AMAZON", "OWN_SHOP",
                "DIRECT_B2B", "OTHER"};
        private static final int[] MARKETPLACE_WEIGHTS = {30, 35, 20, 8, 5, 2};
        private static final Category[] CATEGORIES = Category.values();
        private static final int[] CATEGORY_WEIGHTS = {30, 22, 10, 8, 7, 10, 8, 5};
        private static final Map<Category, List<SubReason>> SUB_REASONS = new HashMap<>();
        private static final String[] BUYER_LINES = {
                "Hello, my parcel has not arrived yet and the tracking has not moved for %d days. Where is it?",
                "The package arrived damaged, the box was crushed and %d pieces are broken. Photos attached.",
                "Customs is holding my parcel and asks for the invoice and my tax number. What should I do?",
                "I received the wrong model, I ordered the black one in size %d and got a white one.",
                "Only %d of the pieces I ordered were in the box. Please send the rest or refund them.",
                "The item stopped working after %d days. I want a replacement or my money back.",
                "Tracking says delivered and signed for, but I did not receive anything. Nobody here signed.",
                "The delivery is late, you promised it %d days ago. I will open a dispute on the platform.",
                "I had to pay customs fees of %d dollars, please refund them, this was not mentioned.",
                "The colour and the material are not as described in the listing, very disappointed.",
                "If you do not refund me within %d days I will ask my bank for a chargeback.",
                "Thank you for the quick answer, I will wait %d more days as you suggest."};
        private static final String[] REPLY_LINES = {
                "Dear customer, thank you for your message. We checked the tracking: the parcel is in transit and"
                        + " should arrive within %d days. We will keep an eye on it for you.",
                "We are very sorry that the goods arrived damaged. We can send a replacement free of charge or"
                        + " refund %d percent of the order, whichever you prefer.",
                "Your parcel is held by customs for a routine inspection. We have sent you the commercial invoice;"
                        + " please contact the customs office with reference %d.",
                "We apologise for the mix-up. We will reship the correct item today and send you the tracking number.",
                "Please allow %d more working days; if the parcel has not arrived by then we will reship at our cost.",
                "Could you please check with your neighbours or reception? The carrier says it was signed for.",
                "We have refunded the customs fees of %d USD through the platform. Thank you for your patience."};
        private static final String[] NOTE_LINES = {
                "Carrier inquiry opened, reference %d. Expect an answer within 5 working days.",
                "Buyer seems reasonable; bottom line agreed with manager, up to %d USD.",
                "Pre-shipment photos checked: packaging was fine, likely carrier damage.",
                "Delivery date on the platform extended by %d days after the buyer agreed in chat."};
        /** Buyers who write in Chinese: one case in {@value #CHINESE_EVERY} gets one of these as a second message. */
        private static final String[] CHINESE_LINES = {
                "海关扣货了，要求我提供商业发票和税号，请尽快处理。",
                "包裹到了，但是外箱压坏了，里面有几件破损，照片已经上传。",
                "物流信息已经很多天没有更新了，请帮我查一下包裹现在在哪里。"};
        private static final int CHINESE_EVERY = 50;

        static {
            for (SubReason r : SubReason.values()) {
                SUB_REASONS.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r);
            }
        }

        private final long id;
        private final SplittableRandom rnd;
        private final List<Long> agents;
        private final Map<Integer, AtomicLong> sequences;
        private final Instant now;
        private final long settlementOffset;

        CaseMaker(long id, int index, List<Long> agents, Map<Integer, AtomicLong> sequences, Instant now,
                  long settlementOffset) {
            this.id = id;
            this.settlementOffset = settlementOffset;
            this.rnd = new SplittableRandom(0x5EEDL * 31 + index);
            this.agents = agents;
            this.sequences = sequences;
            this.now = now;
        }

        void make(Batch b) {
            double r = rnd.nextDouble();
            // about 4 % open, 3 % resolved, the rest closed
            String status = r < 0.010 ? "NEW" : r < 0.022 ? "INVESTIGATING" : r < 0.032 ? "NEGOTIATING"
                    : r < 0.035 ? "AWAITING_APPROVAL" : r < 0.040 ? "ESCALATED" : r < 0.070 ? "RESOLVED" : "CLOSED";
            boolean open = !status.equals("RESOLVED") && !status.equals("CLOSED");
            Instant created = switch (status) {
                case "RESOLVED" -> now.minus(Duration.ofMinutes(rnd.nextLong(3 * 1440, 90 * 1440)));
                case "CLOSED" -> now.minus(Duration.ofMinutes(rnd.nextLong(30 * 1440, 4 * 365 * 1440)));
                default -> now.minus(Duration.ofMinutes(rnd.nextLong(10, 30 * 1440)));
            };
            int year = created.atZone(ZoneOffset.UTC).getYear();
            long seq = sequences.computeIfAbsent(year, y -> new AtomicLong()).incrementAndGet();
            String caseNumber = "CD-%d-%06d".formatted(year, seq);
            Category category = CATEGORIES[weighted(CATEGORY_WEIGHTS)];
            List<SubReason> reasons = SUB_REASONS.get(category);
            SubReason subReason = reasons.get(rnd.nextInt(reasons.size()));
            String marketplace = MARKETPLACES[weighted(MARKETPLACE_WEIGHTS)];
            int priority = new int[] {1, 2, 2, 2, 2, 2, 3, 3, 4}[rnd.nextInt(9)];
            Long assignee = status.equals("NEW") && rnd.nextInt(4) == 0 ? null : agents.get(rnd.nextInt(agents.size()));
            String first = FIRST[rnd.nextInt(FIRST.length)];
            String last = LAST[rnd.nextInt(LAST.length)];
            String buyer = first + " " + last;
            String country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            String currency = CURRENCIES[rnd.nextInt(CURRENCIES.length)];
            var orderValue = java.math.BigDecimal.valueOf(rnd.nextLong(1_500, 500_000), 2);
            java.math.BigDecimal claimed = rnd.nextBoolean() ? null
                    : orderValue.multiply(java.math.BigDecimal.valueOf(rnd.nextInt(10, 101), 2))
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            String orderNumber = switch (marketplace) {
                case "AMAZON" -> "%03d-%07d-%07d".formatted(rnd.nextInt(1000), rnd.nextInt(10_000_000), id % 10_000_000);
                case "ALIEXPRESS" -> "AE" + (8_100_000_000_000L + id * 7);
                case "ALIBABA_TRADE_ASSURANCE" -> "TA" + (2_000_000_000L + id * 3);
                default -> "SO-" + (100_000 + id);
            };
            String carrier = CARRIERS[rnd.nextInt(CARRIERS.length)];
            String tracking = rnd.nextInt(10) == 0 ? null : "LX%09dCN".formatted((id * 7919) % 1_000_000_000L);
            LocalDate orderDate = created.atZone(ZoneOffset.UTC).toLocalDate().minusDays(rnd.nextInt(5, 40));
            LocalDate shipped = orderDate.plusDays(rnd.nextInt(1, 6));
            LocalDate promised = shipped.plusDays(rnd.nextInt(10, 35));
            boolean delivered = category != Category.NOT_RECEIVED || !open && rnd.nextBoolean();
            LocalDate deliveredOn = delivered ? promised.minusDays(rnd.nextInt(-5, 8)) : null;
            if (deliveredOn != null && deliveredOn.isAfter(created.atZone(ZoneOffset.UTC).toLocalDate())) {
                deliveredOn = created.atZone(ZoneOffset.UTC).toLocalDate();
            }

            // the thread: the buyer first, then replies and notes; NEW cases have no reply yet
            int messages = rnd.nextInt(2, 7);
            var thread = b.table("case_message", "complaint_id,kind,channel,author_id,author_name,language,body,"
                    + "sent_at,recorded_at");
            Instant t = created;
            Instant firstResponse = null;
            Instant lastActivity = created;
            for (int m = 0; m < messages; m++) {
                String kind = m == 0 || status.equals("NEW") ? "BUYER_MESSAGE"
                        : rnd.nextInt(5) == 0 ? "NOTE" : m % 2 == 1 ? "REPLY" : "BUYER_MESSAGE";
                if (open && t.isAfter(now.minus(Duration.ofMinutes(5)))) {
                    break;
                }
                String body = switch (kind) {
                    case "BUYER_MESSAGE" -> BUYER_LINES[rnd.nextInt(BUYER_LINES.length)];
                    case "REPLY" -> REPLY_LINES[rnd.nextInt(REPLY_LINES.length)];
                    default -> NOTE_LINES[rnd.nextInt(NOTE_LINES.length)];
                };
                body = body.formatted(rnd.nextInt(2, 60)) + " Order " + orderNumber + ".";
                boolean ours = !kind.equals("BUYER_MESSAGE");
                thread.add(id, kind, kind.equals("NOTE") ? null : "PLATFORM_MESSAGE", ours ? assigneeOr(assignee) : null,
                        ours ? "Bench Agent" : buyer, "en", body, t, t);
                if (kind.equals("REPLY") && firstResponse == null) {
                    firstResponse = t;
                }
                lastActivity = t;
                Instant next = t.plus(Duration.ofMinutes(rnd.nextLong(20, 36 * 60)));
                t = open && next.isAfter(now) ? now.minus(Duration.ofMinutes(rnd.nextLong(1, 5))) : next;
            }

            if (id % CHINESE_EVERY == 0) {
                // chosen by the id, not drawn from rnd: every other value of the case stays what it was before
                thread.add(id, "BUYER_MESSAGE", "PLATFORM_MESSAGE", null, buyer, "zh",
                        CHINESE_LINES[(int) (id / CHINESE_EVERY % CHINESE_LINES.length)] + "订单 " + orderNumber + "。",
                        created.plusSeconds(30), created.plusSeconds(30));
            }

            Instant resolvedAt = null;
            Instant closedAt = null;
            if (!open) {
                resolvedAt = lastActivity.plus(Duration.ofHours(rnd.nextLong(1, 72)));
                if (resolvedAt.isAfter(now)) {
                    resolvedAt = now.minus(Duration.ofHours(1));
                }
                if (status.equals("CLOSED")) {
                    closedAt = resolvedAt.plus(Duration.ofHours(rnd.nextLong(1, 200)));
                    if (closedAt.isAfter(now)) {
                        closedAt = now;
                    }
                }
            }
            Instant updated = closedAt != null ? closedAt : resolvedAt != null ? resolvedAt : lastActivity;

            // deadlines: the team's first-response and resolution targets, the promised delivery for parcels
            var deadlines = b.table("deadline", "complaint_id,kind,due_at,source,rule_basis,state,met_at,missed_at,"
                    + "created_at");
            Instant nextDeadline = null;
            Instant firstDue = created.plus(Duration.ofHours(new int[] {16, 8, 4, 1}[priority - 1]));
            if (firstResponse != null) {
                deadlines.add(id, "FIRST_RESPONSE", firstDue, "SLA", "SLA", "MET", firstResponse, null, created);
            } else if (open) {
                deadlines.add(id, "FIRST_RESPONSE", firstDue, "SLA", "SLA", "OPEN", null, null, created);
                nextDeadline = firstDue;
            }
            Instant resolutionDue = created.plus(Duration.ofHours(new int[] {120, 80, 40, 16}[priority - 1] * 2L));
            if (open) {
                deadlines.add(id, "RESOLUTION_TARGET", resolutionDue, "SLA", "SLA", "OPEN", null, null, created);
                nextDeadline = min(nextDeadline, resolutionDue);
            } else {
                boolean met = !resolvedAt.isAfter(resolutionDue);
                deadlines.add(id, "RESOLUTION_TARGET", resolutionDue, "SLA", "SLA", met ? "MET" : "MISSED",
                        met ? resolvedAt : null, met ? null : resolutionDue, created);
            }
            if (category == Category.NOT_RECEIVED || category == Category.LATE_DELIVERY) {
                Instant due = promised.plusDays(1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
                if (deliveredOn != null) {
                    deadlines.add(id, "PROMISED_DELIVERY", due, "ENTERED", null, "MET",
                            deliveredOn.atStartOfDay(ZoneOffset.UTC).toInstant(), null, created);
                } else if (open && due.isAfter(now)) {
                    deadlines.add(id, "PROMISED_DELIVERY", due, "ENTERED", null, "OPEN", null, null, created);
                    nextDeadline = min(nextDeadline, due);
                }
            }
            if (status.equals("ESCALATED")) {
                Instant reply = created.plus(Duration.ofDays(rnd.nextInt(3, 6)));
                deadlines.add(id, "DISPUTE_REPLY", reply, "RULE", marketplace, "OPEN", null, null, created);
                nextDeadline = min(nextDeadline, reply);
            }

            String rootCause = null;
            String responsibility = null;
            if (status.equals("CLOSED")) {
                rootCause = new String[] {"PRODUCT_QUALITY", "PACKAGING", "CARRIER", "CUSTOMS", "BUYER_ADDRESS",
                        "BUYER_HANDLING", "DELIVERY_DATE_NOT_EXTENDED", "DESCRIPTION_MISMATCH", "UNKNOWN"}[rnd.nextInt(9)];
                responsibility = new String[] {"SELLER", "FACTORY", "CARRIER", "BUYER", "PLATFORM", "UNKNOWN"}[rnd.nextInt(6)];
            }
            b.table("complaint", "id,case_number,marketplace,order_number,order_date,order_value_amount,"
                    + "order_value_currency,claimed_amount,claimed_currency,buyer_name,buyer_country,buyer_email,"
                    + "buyer_language,category,sub_reason,status,priority,assignee_id,carrier,tracking_number,shipped_on,"
                    + "promised_delivery_on,delivered_on,summary,reopen_count,resolved_at,closed_at,created_at,"
                    + "updated_at,created_by_id,version,updated_by_id,order_items,delivery_address,root_cause,"
                    + "responsibility,sku,first_response_at,next_deadline_at").add(
                    id, caseNumber, marketplace, orderNumber, orderDate, orderValue, currency, claimed,
                    claimed == null ? null : currency, buyer, country,
                    (first + "." + last + id % 1000).toLowerCase() + "@example.com", "en", category.name(),
                    subReason.name(), status, priority, assignee, carrier, tracking, shipped, promised, deliveredOn,
                    "Buyer reports: " + subReason.name().toLowerCase().replace('_', ' '), 0, resolvedAt, closedAt,
                    created, updated, assigneeOr(assignee), 0, assignee, rnd.nextInt(1, 4) + " x SKU-" + rnd.nextInt(1, 400),
                    rnd.nextInt(1, 999) + " Main Street, " + country, rootCause, responsibility,
                    "SKU-" + rnd.nextInt(1, 400), firstResponse, open ? nextDeadline : null);

            // evidence metadata: 0–3 files, no bytes
            var evidence = b.table("evidence_item", "complaint_id,source,original_file_name,content_type,size_bytes,"
                    + "sha256,storage_key,thumbnail_key,width_px,height_px,uploaded_by_id,uploaded_by_name,uploaded_at");
            int files = new int[] {0, 0, 1, 1, 1, 2, 3}[rnd.nextInt(7)];
            for (int f = 0; f < files; f++) {
                evidence.add(id, f == 0 ? "BUYER" : "OUR_PRE_SHIPMENT_PHOTO", "photo-" + f + ".jpg", "image/jpeg",
                        rnd.nextLong(200_000, 8_000_000), "%064x".formatted(id * 31 + f), "bench/" + id + "/" + f,
                        "bench/" + id + "/" + f + "-t", 4000, 3000, assigneeOr(assignee), "Bench Agent",
                        created.plus(Duration.ofHours(f + 1)));
            }

            // negotiation on about 30 %: a bottom line and 1–3 offers
            boolean negotiated = rnd.nextInt(10) < 3 || status.equals("NEGOTIATING") || status.equals("AWAITING_APPROVAL");
            java.math.BigDecimal refund = orderValue.multiply(java.math.BigDecimal.valueOf(rnd.nextInt(10, 60), 2))
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            if (negotiated) {
                b.table("negotiation_bottom_line", "complaint_id,max_amount,max_currency,acceptable_resolutions,"
                                + "set_at,set_by_id,set_by_name")
                        .add(id, orderValue.multiply(java.math.BigDecimal.valueOf(6, 1)).setScale(2, java.math.RoundingMode.HALF_UP),
                                currency, "PARTIAL_REFUND,RESHIP_OR_REPLACE,COUPON", created.plus(Duration.ofHours(2)),
                                assigneeOr(assignee), "Bench Agent");
                int offers = rnd.nextInt(1, 4);
                var offerTable = b.table("negotiation_offer", "complaint_id,proposer,resolution,amount,currency,"
                        + "proposed_at,recorded_at,recorded_by_name,answer,answered_at");
                for (int o = 0; o < offers; o++) {
                    Instant at = created.plus(Duration.ofHours(3L + o * 20L));
                    boolean lastOne = o == offers - 1;
                    String answer = !lastOne ? "COUNTERED" : open ? "OPEN" : "ACCEPTED";
                    offerTable.add(id, o % 2 == 0 ? "BUYER" : "US", o % 2 == 0 ? "FULL_REFUND" : "PARTIAL_REFUND",
                            o % 2 == 0 ? orderValue : refund, currency, at, at, "Bench Agent", answer,
                            answer.equals("OPEN") ? null : at.plus(Duration.ofHours(4)));
                }
            }

            // refund requests: pending ones wait in the approval queue; finished negotiated cases had theirs approved
            boolean pending = status.equals("AWAITING_APPROVAL");
            if (pending || negotiated && !open) {
                Instant requested = pending ? now.minus(Duration.ofMinutes(rnd.nextLong(10, 5 * 1440)))
                        : created.plus(Duration.ofHours(30));
                b.table("refund_request", "complaint_id,amount,currency,method,reason,base_amount,base_currency,rate,"
                                + "rate_valid_from,required_level,status,requested_by_id,requested_at,decided_by_id,"
                                + "decided_at,version,beyond_bottom_line")
                        .add(id, refund, currency, "PLATFORM_REFUND", "Partial refund agreed with the buyer", refund,
                                "USD", java.math.BigDecimal.ONE, requested.atZone(ZoneOffset.UTC).toLocalDate(),
                                rnd.nextInt(10) == 0 ? "LEAD" : "MANAGER", pending ? "PENDING" : "APPROVED",
                                assigneeOr(assignee), requested, pending ? null : otherThan(assigneeOr(assignee)),
                                pending ? null : requested.plus(Duration.ofHours(3)), 0, false);
            }

            // a settlement on every finished case, with its cost lines
            if (!open) {
                java.math.BigDecimal given = negotiated ? refund : java.math.BigDecimal.ZERO;
                java.math.BigDecimal freight = java.math.BigDecimal.valueOf(rnd.nextInt(0, 4000), 2);
                // the settlement takes the case's id (one per case), so that its cost lines can point at it
                b.table("settlement", "id,complaint_id,resolution,buyer_stays,feedback_outcome,base_currency,"
                                + "base_total,settled_at,settled_by_id")
                        .add(id + settlementOffset, id, negotiated ? "PARTIAL_REFUND" : "EXPLANATION_ONLY", rnd.nextInt(4) > 0,
                                new String[] {"NONE_LEFT", "NONE_LEFT", "REMOVED", "CHANGED", "UNCHANGED"}[rnd.nextInt(5)],
                                "USD", given.add(freight), resolvedAt, assigneeOr(assignee));
                var costs = b.table("settlement_cost", "settlement_id,line_no,kind,amount,currency,base_amount,rate,"
                        + "rate_valid_from");
                LocalDate day = resolvedAt.atZone(ZoneOffset.UTC).toLocalDate();
                costs.add(id + settlementOffset, 1, "FREIGHT_OUT", freight, "USD", freight, java.math.BigDecimal.ONE, day);
                if (negotiated) {
                    costs.add(id + settlementOffset, 2, "REFUND", given, "USD", given, java.math.BigDecimal.ONE, day);
                }
            }

            var audit = b.table("audit_entry", "complaint_id,occurred_at,actor_id,actor_name,action,field,old_value,"
                    + "new_value");
            audit.add(id, created, null, "System", "CASE_OPENED", null, null, caseNumber);
            if (assignee != null) {
                audit.add(id, created.plus(Duration.ofMinutes(5)), assignee, "Bench Agent", "ASSIGNED", "assignee", null,
                        "Bench Agent");
            }
            if (!status.equals("NEW")) {
                audit.add(id, updated, assigneeOr(assignee), "Bench Agent", "STATUS_CHANGED", "status", "NEW", status);
            }
        }

        /** Four eyes: whoever decided a refund is not who asked for it. */
        private Long otherThan(Long requester) {
            return agents.get(0).equals(requester) ? agents.get(1) : agents.get(0);
        }

        private Long assigneeOr(Long assignee) {
            return assignee != null ? assignee : agents.getFirst();
        }

        private int weighted(int[] weights) {
            int total = Arrays.stream(weights).sum();
            int x = rnd.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private static Instant min(Instant a, Instant b) {
            return a == null || b.isBefore(a) ? b : a;
        }
    }
}
