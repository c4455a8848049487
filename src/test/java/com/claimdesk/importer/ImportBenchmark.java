package com.claimdesk.importer;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports a generated file of {@value #ROWS} orders, then {@value #ROWS} complaints about them (each complaint
 * starts from its order), into the embedded MariaDB, and prints the time, the rows per second and the largest
 * heap seen while it ran. A measurement, not a test: it asserts nothing. Run with {@code ./mvnw verify -Pbench}
 * (the JVM has -Xmx1g there, so a run that finishes also shows that memory does not grow with the file).
 */
@IntegrationTest
class ImportBenchmark {

    static final int ROWS = Integer.getInteger("import.rows", 100_000);

    @Autowired
    ImportService imports;
    @Autowired
    UserService users;

    @Test
    void import_of_a_large_file() throws Exception {
        TestUsers.login(users, "lead");
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Path orders = write("orders", "Order number,Order date,Order value,Currency,Buyer,Country,Tracking number",
                i -> "B%s-%d,2025-%02d-%02d,%d.%02d,USD,Buyer %d,DE,LX%09d".formatted(run, i, 1 + i % 12,
                        1 + i % 28, 10 + i % 900, i % 100, i, i));
        Path complaints = write("complaints", "Order number,Refund amount,Description",
                i -> "B%s-%d,%d,Parcel %d arrived damaged".formatted(run, i, 1 + i % 50, i));
        System.out.println();
        System.out.printf("ClaimDesk import benchmark (embedded MariaDB, %,d rows per file, batches of %d)%n", ROWS,
                ImportService.BATCH_SIZE);
        measure("orders", orders, ImportKind.ORDERS, Map.of("Order number", ImportField.ORDER_NUMBER,
                "Order date", ImportField.ORDER_DATE, "Order value", ImportField.ORDER_VALUE,
                "Currency", ImportField.CURRENCY, "Buyer", ImportField.BUYER_NAME, "Country", ImportField.BUYER_COUNTRY,
                "Tracking number", ImportField.TRACKING_NUMBER), new ImportDefaults(Marketplace.OWN_SHOP, null, null));
        measure("complaints (from known orders)", complaints, ImportKind.COMPLAINTS, Map.of(
                "Order number", ImportField.ORDER_NUMBER, "Refund amount", ImportField.CLAIMED_AMOUNT,
                "Description", ImportField.SUMMARY),
                new ImportDefaults(Marketplace.OWN_SHOP, null, SubReason.DAMAGED_IN_TRANSIT));
        Files.deleteIfExists(orders);
        Files.deleteIfExists(complaints);
        TestUsers.logout();
    }

    private void measure(String what, Path file, ImportKind kind, Map<String, ImportField> columns,
                         ImportDefaults defaults) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t = System.nanoTime();
        ImportResult result = imports.run(new ImportRequest(file, what + ".csv", FileEncoding.UTF_8,
                new ColumnMapping("", kind, columns, defaults)), Locale.ENGLISH, (r, f) -> { }, () -> false);
        double seconds = (System.nanoTime() - t) / 1e9;
        sampler.interrupt();
        Files.deleteIfExists(result.summaryFile());
        System.out.printf(Locale.ROOT, "%-32s %8.1f s %8.0f rows/s  created %d, skipped %d; file %.1f MB, "
                        + "heap before %d MB, peak %d MB (max %d MB)%n", what, seconds, result.rows() / seconds,
                result.created(), result.skipped(), Files.size(file) / 1e6, before >> 20, peak.get() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);
    }

    private static Path write(String name, String header, java.util.function.IntFunction<String> row)
            throws IOException {
        Path file = Files.createTempFile("claimdesk-bench-" + name + "-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.newLine();
            for (int i = 1; i <= ROWS; i++) {
                out.write(row.apply(i));
                out.newLine();
            }
        }
        return file;
    }
}
