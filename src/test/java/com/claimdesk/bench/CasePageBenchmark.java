package com.claimdesk.bench;

import com.claimdesk.KaribuTest;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.complaint.QueueSort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long the server takes to build the case page and to fetch a queue page, on the demo data (300 cases
 * with threads) in the embedded MariaDB. A measurement, not a test: it asserts nothing about time. Run with
 * {@code ./mvnw verify -Pbench}. Browser rendering is not included; the 1 000 000-case benchmark is the scale
 * issue's.
 */
class CasePageBenchmark extends KaribuTest {

    private static final int WARM_UP = 20;
    private static final int RUNS = 200;

    @Autowired
    ComplaintService complaints;

    @Test
    void case_page_and_queue_page_timings() {
        login("agent");
        var all = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, "");
        List<String> caseNumbers = complaints.queue(all, QueueSort.DEFAULT, 0, 200).stream()
                .map(ComplaintListItem::caseNumber).toList();

        List<Long> casePage = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            String caseNumber = caseNumbers.get(i % caseNumbers.size());
            long t = System.nanoTime();
            navigate("cases/" + caseNumber);
            if (i >= WARM_UP) {
                casePage.add(System.nanoTime() - t);
            }
        }
        List<Long> queuePage = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t = System.nanoTime();
            complaints.queue(QueueFilter.myOpenCases(), QueueSort.DEFAULT, (i % 3) * 50, 50);
            if (i >= WARM_UP) {
                queuePage.add(System.nanoTime() - t);
            }
        }
        List<Long> search = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t = System.nanoTime();
            complaints.queue(new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, "customs parcel"),
                    QueueSort.DEFAULT, 0, 50);
            if (i >= WARM_UP) {
                search.add(System.nanoTime() - t);
            }
        }
        System.out.println();
        System.out.println("ClaimDesk benchmark (server side, embedded MariaDB, demo data, " + RUNS + " runs each)");
        System.out.printf("%-44s %8s %8s %8s%n", "measure", "p50 ms", "p95 ms", "max ms");
        print("case page (navigate to /cases/{n}, all panels)", casePage);
        print("queue page of 50 (my open cases)", queuePage);
        print("queue search incl. thread full text", search);
    }

    private static void print(String name, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-44s %8.1f %8.1f %8.1f%n", name, ms(sorted, 0.50), ms(sorted, 0.95),
                sorted.getLast() / 1e6);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)))) / 1e6;
    }
}
