package com.claimdesk.search;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.QueueCursors;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.complaint.QueueSort;
import com.claimdesk.complaint.ThreadSearch;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The queue's free text through the search index (the default {@code claimdesk.search.queue=index}): a word that is
 * only in a buyer's message finds the case, and the queue's filters, sort and keyset paging still apply.
 */
@IntegrationTest
class QueueSearchTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    ThreadService threads;
    @Autowired
    UserService users;
    @Autowired
    ThreadSearch threadSearch;

    /** Three rare Chinese characters no other case has, so that demo cases never get in the way. */
    private final String rare = rareChineseWord();

    @BeforeEach
    void signIn() {
        TestUsers.login(users, "agent");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static String rareChineseWord() {
        var random = new Random();
        var sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            sb.appendCodePoint(0x9F00 + random.nextInt(0x90));
        }
        return sb.toString();
    }

    private String openWithBuyerMessage(Marketplace marketplace, String body) {
        var snapshot = TestCases.aCase().marketplace(marketplace).openAndTake(complaints);
        var m = new NewMessage();
        m.setKind(MessageKind.BUYER_MESSAGE);
        m.setChannel(MessageChannel.PLATFORM_MESSAGE);
        m.setLanguage("zh");
        m.setBody(body);
        threads.add(snapshot.id(), m, ZoneOffset.UTC);
        return snapshot.caseNumber();
    }

    private static QueueFilter anyone(Set<ComplaintStatus> statuses, Marketplace marketplace, String text) {
        return new QueueFilter(statuses, null, marketplace, QueueFilter.AssigneeScope.ANYONE, text);
    }

    private List<String> numbers(List<ComplaintListItem> items) {
        return items.stream().map(ComplaintListItem::caseNumber).toList();
    }

    /** The index follows the commit on its own thread: wait until the queue finds {@code expected} cases. */
    private void awaitQueueFinds(String text, int expected) {
        await().pollInSameThread().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> complaints.queue(anyone(null, null, text), null, 0, 50).size() == expected);
    }

    @Test
    void the_queue_asks_the_search_index_by_default() {
        assertThat(threadSearch).isInstanceOf(IndexThreadSearch.class);
    }

    @Test
    void the_queue_finds_a_case_by_its_numbers_their_start_a_part_after_a_dash_and_its_buyer() {
        String tail = String.valueOf(100_000_000L + new Random().nextInt(800_000_000));
        String order = "ORD-" + tail + "-7";
        String tracking = "LX" + tail + "CN";
        String number = TestCases.aCase().marketplace(Marketplace.AMAZON).orderNumber(order)
                .buyerName("Zbigniew Qwertyuk" + rare).shipment(s -> s.withTrackingNumber(tracking)).open(complaints);

        // a whole number or its start: from the queue's own columns at once
        assertThat(numbers(complaints.queue(anyone(null, null, order), null, 0, 50))).containsExactly(number);
        assertThat(numbers(complaints.queue(anyone(null, null, order.toLowerCase(java.util.Locale.ROOT)), null, 0, 50)))
                .containsExactly(number);
        assertThat(numbers(complaints.queue(anyone(null, null, "ORD-" + tail.substring(0, 6)), null, 0, 50)))
                .as("the order number's start").contains(number);
        assertThat(numbers(complaints.queue(anyone(null, null, tracking), null, 0, 50))).containsExactly(number);
        assertThat(numbers(complaints.queue(anyone(null, null, number), null, 0, 50))).containsExactly(number);
        // a part after a dash: from the search index, once it holds the case
        awaitQueueFinds(tail, 1);
        assertThat(numbers(complaints.queue(anyone(null, null, tail), null, 0, 50))).containsExactly(number);
        assertThat(numbers(complaints.queue(anyone(null, null, "Qwertyuk" + rare), null, 0, 50)))
                .as("the buyer's name").containsExactly(number);
        assertThat(complaints.queue(anyone(null, null, "ORD-" + tail + "-8"), null, 0, 50))
                .as("another number").isEmpty();
    }

    @Test
    void a_chinese_word_only_in_a_buyer_message_finds_the_case_in_the_queue_with_its_filters() {
        String amazon = openWithBuyerMessage(Marketplace.AMAZON, "您好，我的包裹被海关扣货了，" + rare + "，请帮忙处理。");
        String ebay = openWithBuyerMessage(Marketplace.OWN_SHOP, "海关扣货三周了 " + rare);
        complaints.changeStatus(ebay, complaints.get(ebay).version(), ComplaintStatus.RESOLVED);
        String text = "海关 " + rare;

        awaitQueueFinds(text, 2);

        assertThat(numbers(complaints.queue(anyone(null, null, text), null, 0, 50)))
                .containsExactlyInAnyOrder(amazon, ebay);
        assertThat(numbers(complaints.queue(anyone(ComplaintStatus.openStates(), null, text), null, 0, 50)))
                .containsExactly(amazon);
        assertThat(numbers(complaints.queue(anyone(null, Marketplace.OWN_SHOP, text), null, 0, 50)))
                .containsExactly(ebay);
        assertThat(numbers(complaints.queue(new QueueFilter(ComplaintStatus.openStates(), null, null,
                QueueFilter.AssigneeScope.ME, text), null, 0, 50)))
                .as("assigned to me and open").containsExactly(amazon);
        assertThat(complaints.queue(anyone(null, null, "海关 " + rareChineseWord()), null, 0, 50))
                .as("every word must be found").isEmpty();
    }

    @Test
    void keyset_pages_over_a_search_term_neither_overlap_nor_skip_and_follow_the_sort() {
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(openWithBuyerMessage(Marketplace.ALIEXPRESS, "Customs held parcel " + i + " " + rare));
        }
        awaitQueueFinds(rare, 5);

        var filter = anyone(null, null, rare);
        var sort = new QueueSort(QueueSort.Field.CREATED, false);
        var cursors = new QueueCursors();
        List<ComplaintListItem> seen = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            var page = complaints.queue(filter, sort, offset, 2, cursors);
            seen.addAll(page);
        }
        assertThat(numbers(seen)).containsExactlyInAnyOrderElementsOf(opened);
        assertThat(new HashSet<>(numbers(seen))).hasSize(5);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i - 1).createdAt()).isAfterOrEqualTo(seen.get(i).createdAt());
        }
        assertThat(numbers(seen)).isEqualTo(numbers(complaints.queue(filter, sort, 0, 50)));
    }
}
