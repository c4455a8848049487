package com.claimdesk.search;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestClock;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.evidence.EvidenceSamples;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.NewEvidence;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import com.claimdesk.security.UserService;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The search engine on the real database and a real Lucene index in the test JVM's data folder. Every case here
 * carries a made-up word of its own ({@link #run}), so that the demo cases never get in the way; the index follows
 * writes after their commit, so a test waits (polls) until it has.
 */
@IntegrationTest
class CaseSearchTest {

    @Autowired
    CaseSearch search;
    @Autowired
    CaseIndex index;
    @Autowired
    CloseableSearchMapping mapping;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ThreadService threads;
    @Autowired
    EvidenceService evidence;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.claimdesk.settlement.SettlementService settlements;
    @Autowired
    com.claimdesk.review.ReviewService reviews;
    @Autowired
    com.claimdesk.review.LessonService lessons;
    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications incomplete;

    /** A word no other case has: letters only, so every analyser keeps it whole. */
    private final String run = "zq" + java.util.concurrent.ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "x";

    @BeforeEach
    void signIn() {
        TestUsers.login(users, "agent");
        await().pollInSameThread().atMost(60, TimeUnit.SECONDS).until(() -> !index.status().rebuilding());
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private String open(String summary, Marketplace marketplace, SubReason reason) {
        ComplaintDetails d = TestCases.aCase().marketplace(marketplace).subReason(reason).build();
        d.setSummary(summary);
        return complaints.open(d);
    }

    private long idOf(String caseNumber) {
        return complaints.get(caseNumber).id();
    }

    private void say(long caseId, MessageKind kind, String body) {
        var m = new NewMessage();
        m.setKind(kind);
        m.setChannel(MessageChannel.PLATFORM_MESSAGE);
        m.setLanguage("zh");
        m.setBody(body);
        threads.add(caseId, m, ZoneOffset.UTC);
    }

    /** Searches until the result satisfies {@code done} (the index follows the commit on its own thread). */
    private SearchResults searchUntil(SearchQuery query, Predicate<SearchResults> done) {
        List<SearchResults> last = new ArrayList<>(1);
        await().pollInSameThread().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).until(() -> {
            SearchResults r = search.search(query);
            last.clear();
            last.add(r);
            return done.test(r);
        });
        return last.getFirst();
    }

    private SearchResults find(String text, int expected) {
        return searchUntil(SearchQuery.of(text, 20), r -> r.total() == expected);
    }

    @Test
    void damaged_finds_damaged_in_any_case_and_form_with_the_word_marked_and_the_rest_escaped() {
        String number = open("Parcel DAMAGED on arrival <b>box</b> & tape " + run, Marketplace.AMAZON,
                SubReason.DAMAGED_IN_TRANSIT);

        SearchResults r = find("damaged " + run, 1);
        SearchHit hit = r.hits().getFirst();
        assertThat(hit.caseNumber()).isEqualTo(number);
        assertThat(hit.marketplace()).isEqualTo(Marketplace.AMAZON);
        assertThat(hit.snippets()).anySatisfy(s -> assertThat(s)
                .contains("<mark>DAMAGED</mark>")
                .contains("&lt;b&gt;box&lt;&#x2F;b&gt; &amp; tape")
                .doesNotContain("<b>"));
        assertThat(find("damage " + run, 1).total()).as("the stem finds the other form").isEqualTo(1);
        assertThat(find("Damages " + run, 1).total()).isEqualTo(1);
    }

    @Test
    void customs_in_chinese_is_found_by_its_word_in_a_buyer_message_and_marked() {
        String number = open("Parcel held " + run, Marketplace.ALIEXPRESS, SubReason.CUSTOMS_INSPECTION);
        say(idOf(number), MessageKind.BUYER_MESSAGE, "海关扣货，请尽快处理 " + run);

        SearchResults r = find("海关 " + run, 1);
        assertThat(r.hits().getFirst().caseNumber()).isEqualTo(number);
        assertThat(r.hits().getFirst().snippets()).anySatisfy(s -> assertThat(s).contains("<mark>海关</mark>扣货"));
        assertThat(find("Customs " + run, 0).total()).as("no English word of that case says customs").isZero();
    }

    @Test
    void german_spanish_and_french_words_find_their_other_forms_in_summary_messages_notes_and_evidence_captions() {
        String number = open("Die Rückerstattungen fehlen " + run, Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
        long id = idOf(number);
        say(id, MessageKind.BUYER_MESSAGE, "Quiero dos devoluciones " + run);
        say(id, MessageKind.NOTE, "Photo de l'emballage reçue " + run);
        evidence.add(id, new NewEvidence(EvidenceSource.BUYER, "Zollgebühren bezahlt " + run, "carton.jpg"),
                new ByteArrayInputStream(EvidenceSamples.jpeg(64, 48)));

        // none of these is the English analysis of the text: the German, Spanish and French stems find them
        assertThat(find("Rückerstattung " + run, 1).hits().getFirst().caseNumber()).isEqualTo(number);
        assertThat(find("devolución " + run, 1).total()).isEqualTo(1);
        assertThat(find("emballage " + run, 1).total()).isEqualTo(1);
        assertThat(find("Zollgebuhren " + run, 1).total()).as("the German folding of ü").isEqualTo(1);
        assertThat(find("Rückerstattungsantrag " + run, 0).total()).as("a stem, not a prefix").isZero();
    }

    @Test
    void a_chinese_word_is_looked_for_in_chinese_words_and_a_latin_word_in_the_european_stems() {
        assertThat(CaseSearch.languageFields("海关"))
                .containsExactly(CaseDocument.CHINESE);
        assertThat(CaseSearch.languageFields("Zoll"))
                .containsExactly(CaseDocument.EUROPEAN);
        assertThat(CaseSearch.languageFields("iPhone壳"))
                .containsExactly(CaseDocument.EUROPEAN, CaseDocument.CHINESE);
    }

    @Test
    void a_case_is_found_by_the_lesson_a_lead_drew_from_it_until_the_lesson_is_retired() {
        String number = com.claimdesk.review.ReviewServiceTest.aClosedCase(complaints, settlements, "VAS-" + run,
                "Wrap twice");
        TestUsers.login(users, "lead");
        var review = new com.claimdesk.review.ReviewForm();
        review.setRating(com.claimdesk.review.Rating.COULD_BE_BETTER);
        review.setLessonTitle("Double-wrap glass vases " + run);
        review.setLessonBody("Two layers of bubble foil around every vase.");
        reviews.review(number, review);

        TestUsers.login(users, "agent");
        SearchResults r = find("foil " + run, 1);
        assertThat(r.hits().getFirst().caseNumber()).isEqualTo(number);
        assertThat(r.hits().getFirst().snippets()).anySatisfy(s -> assertThat(s).contains("<mark>foil</mark>"));

        long lessonId = lessons.checklist(run, null, null, null).getFirst().id();
        TestUsers.login(users, "lead");
        lessons.retire(lessonId);
        TestUsers.login(users, "agent");
        assertThat(find("foil " + run, 0).total()).as("a retired lesson no longer finds its case").isZero();
    }

    @Test
    void messages_added_at_once_from_several_threads_all_reach_the_index() throws Exception {
        // each message's event re-indexes the case on a thread of its own; one that read the case before another
        // message was stored must not write last (CaseIndex reads and writes a case under its lock)
        String number = open("Parcel held " + run, Marketplace.ALIEXPRESS, SubReason.CUSTOMS_INSPECTION);
        long id = idOf(number);
        List<String> words = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (String w : words) {
                sent.add(pool.submit(() -> {
                    TestUsers.login(users, "agent");
                    try {
                        say(id, MessageKind.BUYER_MESSAGE, "Message " + w + run);
                    } finally {
                        TestUsers.logout();
                    }
                }));
            }
            for (var f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        for (String w : words) {
            assertThat(find(w + run, 1).hits().getFirst().caseNumber()).as(w).isEqualTo(number);
        }
    }

    @Test
    void identifiers_are_found_exactly_and_by_their_start() {
        String order = "ORD-" + run.toUpperCase(Locale.ROOT) + "-42";
        String tracking = "LP" + run.toUpperCase(Locale.ROOT) + "CN";
        ComplaintDetails d = TestCases.aCase().orderNumber(order)
                .shipment(s -> s.withTrackingNumber(tracking).withCarrier("4PX")).sku("SKU-" + run).build();
        d.setSummary("Nothing to see");
        String number = complaints.open(d);
        long id = idOf(number);

        assertThat(searchUntil(SearchQuery.of(order, 5), r -> !r.hits().isEmpty()).hits().getFirst().caseId())
                .as("the order number as typed").isEqualTo(id);
        assertThat(search.caseIds(order.toLowerCase(Locale.ROOT), 5)).as("in lower case").first().isEqualTo(id);
        assertThat(search.caseIds("ord-" + run, 5)).as("its start").containsExactly(id);
        assertThat(search.caseIds(tracking, 5)).first().isEqualTo(id);
        assertThat(search.caseIds("lp" + run, 5)).containsExactly(id);
        assertThat(search.caseIds(number, 5)).as("the case number").first().isEqualTo(id);
        assertThat(search.caseIds("sku-" + run, 5)).containsExactly(id);
        SearchResults byNumber = search.search(SearchQuery.of(number, 5));
        assertThat(byNumber.hits().getFirst().snippets()).as("found by an identifier: the summary is shown")
                .containsExactly("Nothing to see");
    }

    @Test
    void a_number_is_looked_for_among_the_identifiers_and_not_in_the_texts() throws Exception {
        String digits = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        String order = "ORD-" + digits;
        ComplaintDetails d = TestCases.aCase().orderNumber(order).build();
        d.setSummary("Parcel damaged " + run);
        long owner = idOf(complaints.open(d));
        long quoting = idOf(open("Parcel damaged too " + run, Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT));
        say(quoting, MessageKind.BUYER_MESSAGE, "Same as order " + order + ", damaged " + digits + " " + run);
        find("same " + run, 1); // the index holds the message now

        assertThat(search.search(SearchQuery.of(order, 5)).hits()).extracting(SearchHit::caseId)
                .as("the order number quoted in another case's message does not find that case").containsExactly(owner);
        assertThat(search.caseIds(digits, 5)).as("its part after the dash finds the owner only").containsExactly(owner);
        assertThat(search.caseIds("ord-" + digits.substring(0, 4), 5)).as("its start").contains(owner)
                .doesNotContain(quoting);
        assertThat(search.caseIds("damaged " + order, 5))
                .as("with a word: the word in the texts, the number among the identifiers").containsExactly(owner);

        evidence.add(quoting, new NewEvidence(EvidenceSource.BUYER, "Box", "IMG_" + digits + ".jpg"),
                new ByteArrayInputStream(EvidenceSamples.jpeg(64, 48)));
        assertThat(searchUntil(SearchQuery.of("IMG_" + digits, 5), r -> r.total() == 1).hits().getFirst().caseId())
                .as("a file name keeps its number").isEqualTo(quoting);
    }

    @Test
    void a_word_with_a_digit_has_the_shape_of_an_identifier() {
        assertThat(List.of("ORD-12345", "LP00123456CN", "CD-2026-000042", "sku-88", "4711", "IMG_2034.jpg", "#123"))
                .allMatch(CaseSearch::identifierLike);
        assertThat(List.of("damaged", "ord-abc", "海关", "海关2", "Müller7", "colour"))
                .noneMatch(CaseSearch::identifierLike);
    }

    @Test
    void beyond_the_counted_matches_the_total_is_a_lower_bound_and_the_facets_are_not_counted() {
        for (int i = 0; i < 6; i++) {
            open("Lost parcel " + run, i % 2 == 0 ? Marketplace.AMAZON : Marketplace.OWN_SHOP,
                    SubReason.RETURNED_TO_SENDER);
        }
        find(run, 6);
        var counting3 = new CaseSearch(mapping, index, TestClock.get(), 3);

        // one hit asked for: the best 3 by relevance are collected (CaseSearch.window) and ordered by recency
        SearchResults many = counting3.search(SearchQuery.of(run, 1));
        assertThat(many.totalExact()).isFalse();
        assertThat(many.total()).isEqualTo(3);
        assertThat(many.hits()).hasSize(1);
        assertThat(many.facets().values()).allMatch(java.util.Map::isEmpty);

        SearchResults narrowed = counting3.search(new SearchQuery(run, null, Set.of(Marketplace.AMAZON), null, 1));
        assertThat(narrowed.totalExact()).as("narrowed by a facet: the same rule").isTrue();
        assertThat(narrowed.total()).isEqualTo(3);
        assertThat(narrowed.facets().get(SearchResults.MARKETPLACE)).containsExactlyEntriesOf(java.util.Map.of("AMAZON", 3L));

        SearchResults all = search.search(SearchQuery.of(run, 2));
        assertThat(all.totalExact()).as("up to claimdesk.search.exact-count-up-to, exact").isTrue();
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.facets().get(SearchResults.MARKETPLACE)).containsEntry("AMAZON", 3L).containsEntry("OWN_SHOP", 3L);
    }

    @Test
    void facets_count_the_matching_cases_per_status_marketplace_and_category_and_narrow_the_search() {
        open("Lost parcel " + run, Marketplace.AMAZON, SubReason.RETURNED_TO_SENDER);
        open("Lost parcel again " + run, Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
        open("Lost parcel third " + run, Marketplace.OWN_SHOP, SubReason.RETURNED_TO_SENDER);

        SearchResults all = find(run, 3);
        assertThat(all.facets().get(SearchResults.MARKETPLACE)).containsEntry("AMAZON", 2L).containsEntry("OWN_SHOP", 1L)
                .hasSize(2);
        assertThat(all.facets().get(SearchResults.STATUS)).containsExactlyEntriesOf(java.util.Map.of("NEW", 3L));
        assertThat(all.facets().get(SearchResults.CATEGORY).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(3);

        SearchResults amazon = search.search(new SearchQuery(run, null, Set.of(Marketplace.AMAZON), null, 20));
        assertThat(amazon.total()).isEqualTo(2);
        assertThat(amazon.hits()).allMatch(h -> h.marketplace() == Marketplace.AMAZON);
        SearchResults closed = search.search(new SearchQuery(run, Set.of(ComplaintStatus.CLOSED), null, null, 20));
        assertThat(closed.total()).isZero();
        Category lost = SubReason.RETURNED_TO_SENDER.category();
        assertThat(search.search(new SearchQuery(run, null, Set.of(Marketplace.AMAZON), Set.of(lost), 20)).total())
                .isEqualTo(1);
    }

    @Test
    void a_match_in_the_summary_ranks_above_a_match_in_a_message_only_and_recency_orders_equal_matches() {
        String older = open("Hinge wobbly" + run.substring(2) + " twin", Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
        TestClock.get().advance(Duration.ofMinutes(1));
        String newer = open("Hinge wobbly" + run.substring(2) + " twin", Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
        TestClock.get().advance(Duration.ofMinutes(1));
        // the latest activity of all, but the word only in a message
        String inMessage = open("Buyer wrote about it " + run, Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
        say(idOf(inMessage), MessageKind.BUYER_MESSAGE, "The hinge is wobbly" + run.substring(2));

        SearchResults r = find("wobbly" + run.substring(2), 3);
        assertThat(r.hits()).extracting(SearchHit::caseNumber).containsExactly(newer, older, inMessage);
        // the same match a minute apart: recency adds a hair, not a rank's worth
        assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
        assertThat(r.hits().get(0).score() - r.hits().get(1).score()).isLessThan(0.001f);
        assertThat(search.caseIds("wobbly" + run.substring(2), 3)).as("by relevance alone")
                .containsExactlyInAnyOrder(idOf(newer), idOf(older), idOf(inMessage)).last().isEqualTo(idOf(inMessage));
    }

    @Test
    void the_queues_filters_narrow_the_matches_before_the_best_are_taken_and_follow_an_assignment() {
        String better = open("Sprocket jammed " + run + " " + run, Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
        String mine = open("Buyer wrote " + run, Marketplace.OWN_SHOP, SubReason.DAMAGED_IN_TRANSIT);
        say(idOf(mine), MessageKind.BUYER_MESSAGE, "The sprocket is jammed " + run);
        long me = com.claimdesk.security.CurrentUser.id();
        complaints.assignToMe(mine, complaints.get(mine).version());
        var anyone = com.claimdesk.complaint.ThreadSearch.Within.ANY;
        var mineOnly = new com.claimdesk.complaint.ThreadSearch.Within(null, null, null, me);
        await().pollInSameThread().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> search.caseIds(run, mineOnly, 1).equals(List.of(idOf(mine))));

        assertThat(search.caseIds(run, anyone, 1)).as("the best of all").containsExactly(idOf(better));
        assertThat(search.caseIds(run, 1)).containsExactly(idOf(better));
        assertThat(search.caseIds(run, new com.claimdesk.complaint.ThreadSearch.Within(null, Marketplace.OWN_SHOP,
                null, null), 1)).as("the best on the marketplace").containsExactly(idOf(mine));
        var unassigned = new com.claimdesk.complaint.ThreadSearch.Within(
                Set.of(ComplaintStatus.NEW, ComplaintStatus.INVESTIGATING), null, null,
                com.claimdesk.complaint.ThreadSearch.Within.UNASSIGNED);
        assertThat(search.caseIds(run, unassigned, 5)).containsExactly(idOf(better));

        complaints.assign(mine, complaints.get(mine).version(), null);
        await().pollInSameThread().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> search.caseIds(run, mineOnly, 5).isEmpty());
        assertThat(search.caseIds(run, unassigned, 5)).containsExactlyInAnyOrder(idOf(better), idOf(mine));
    }

    @Test
    void recency_gains_half_its_weight_in_a_week_and_next_to_nothing_in_a_year() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        assertThat(CaseSearch.recency(now, now)).isEqualTo(CaseSearch.RECENCY_WEIGHT);
        assertThat(CaseSearch.recency(now.minus(Duration.ofDays(7)), now)).isEqualTo(CaseSearch.RECENCY_WEIGHT / 2);
        assertThat(CaseSearch.recency(now.minus(Duration.ofDays(30)), now)).isBetween(0.18f, 0.19f);
        assertThat(CaseSearch.recency(now.minus(Duration.ofDays(365)), now)).isLessThan(0.02f);
        // a clock a little behind the index's last activity is "now", not more than now
        assertThat(CaseSearch.recency(now.plusSeconds(5), now)).isEqualTo(CaseSearch.RECENCY_WEIGHT);
        assertThat(CaseSearch.window(1, 10_000)).isEqualTo(4);
        assertThat(CaseSearch.window(50, 10_000)).isEqualTo(200);
        assertThat(CaseSearch.window(200, 10_000)).isEqualTo(200);
        assertThat(CaseSearch.window(50, 60)).isEqualTo(60);
        assertThat(CaseSearch.window(50, 3)).isEqualTo(50);
    }

    @Test
    void an_old_case_that_matches_better_than_recent_ones_is_still_found_when_many_match() {
        // more recent matches than the page and its window hold: the best by relevance is not pushed out by them
        String best = open("Latch rattling" + run.substring(2) + " latch rattling" + run.substring(2), Marketplace.AMAZON,
                SubReason.DAMAGED_IN_TRANSIT);
        TestClock.get().advance(Duration.ofMinutes(1));
        for (int i = 0; i < 6; i++) {
            String other = open("Buyer wrote " + i + " " + run, Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
            say(idOf(other), MessageKind.BUYER_MESSAGE, "Something rattling" + run.substring(2) + " in a long message"
                    + " about a parcel that came late and a box that was wet and a buyer who waited a long time");
        }
        SearchResults r = searchUntil(SearchQuery.of("rattling" + run.substring(2), 1), found -> found.total() == 7);
        assertThat(r.hits()).extracting(SearchHit::caseNumber).containsExactly(best);
    }

    @Test
    void the_index_follows_a_status_change_a_note_and_evidence_added_through_the_services() throws Exception {
        String number = open("Screen cracked " + run, Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
        long id = idOf(number);
        find(run, 1);

        complaints.changeStatus(number, complaints.get(number).version(), ComplaintStatus.INVESTIGATING);
        searchUntil(new SearchQuery(run, Set.of(ComplaintStatus.INVESTIGATING), null, null, 5), r -> r.total() == 1);

        say(id, MessageKind.NOTE, "Warehouse photo shows scratches " + run);
        SearchResults note = find("scratches " + run, 1);
        assertThat(note.hits().getFirst().snippets()).anySatisfy(s -> assertThat(s).contains("<mark>scratches</mark>"));

        evidence.add(id, new NewEvidence(EvidenceSource.BUYER, "Bent corner", "unboxing_video-final.jpg"),
                new ByteArrayInputStream(EvidenceSamples.jpeg(64, 48)));
        assertThat(find("bent " + run, 1).hits().getFirst().caseId()).isEqualTo(id);
        assertThat(find("unboxing " + run, 1).hits().getFirst().snippets())
                .anySatisfy(s -> assertThat(s).contains("<mark>unboxing</mark>"));
    }

    @Test
    void reading_needs_an_agent_and_the_index_admin_an_admin() {
        TestUsers.login(users, "admin");
        assertThatThrownBy(() -> search.search(SearchQuery.of("x", 5))).isInstanceOf(AccessDeniedException.class);
        assertThat(search.status().documents()).isPositive();
        TestUsers.login(users, "agent");
        assertThatThrownBy(() -> search.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.rebuild(RebuildProgress.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * A crash after the commit of a change and before the index was written leaves the change's event publication
     * incomplete (and the index without the change); at the next start Spring Modulith hands it to the listener
     * again. Here the crash is made by hand: the document is removed from the index and the publication row is
     * written as a crash leaves it; resubmitting (what the start does) puts the case back.
     */
    @Test
    void an_event_a_crash_left_incomplete_is_applied_when_publications_are_resubmitted() {
        String number = open("Parcel returned to sender " + run, Marketplace.OWN_SHOP, SubReason.RETURNED_TO_SENDER);
        long id = idOf(number);
        find(run, 1);
        remove(id);
        assertThat(search.search(SearchQuery.of(run, 5)).total()).isZero();

        jdbc.update("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status) VALUES (UUID(), ?, ?, ?, UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, 'PUBLISHED')",
                "com.claimdesk.search.IndexFollower.on(com.claimdesk.messaging.ThreadEntryAdded)",
                "com.claimdesk.messaging.ThreadEntryAdded",
                "{\"complaintId\":" + id + ",\"entryId\":0,\"kind\":\"NOTE\"}");
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof
                com.claimdesk.messaging.ThreadEntryAdded e && e.complaintId() == id);

        assertThat(find(run, 1).hits().getFirst().caseNumber()).isEqualTo(number);
        await().pollInSameThread().atMost(10, TimeUnit.SECONDS).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication"
                + " WHERE serialized_event LIKE ? AND completion_date IS NULL", Integer.class,
                "{\"complaintId\":" + id + ",%") == 0);
    }

    @Test
    void at_start_an_index_missing_a_case_is_rebuilt_in_the_background() {
        String number = open("Wrong colour delivered " + run, Marketplace.AMAZON, SubReason.WRONG_MODEL);
        long id = idOf(number);
        find(run, 1);
        remove(id);
        assertThat(index.documents()).isLessThan(index.status().cases());

        index.catchUp();

        assertThat(find(run, 1).hits().getFirst().caseId()).isEqualTo(id);
        await().pollInSameThread().atMost(60, TimeUnit.SECONDS).until(() -> !index.status().rebuilding());
        IndexStatus status = index.status();
        assertThat(status.documents()).isEqualTo(status.cases());
        assertThat(status.lastRebuild()).isNotNull();
    }

    @Test
    void at_start_a_rebuild_a_crash_cut_short_is_done_again() {
        TestUsers.login(users, "admin");
        var before = search.status().lastRebuild();
        index.folderForTests().write(new SearchFolder.State(CaseDocument.LAYOUT, before, true));

        index.catchUp();

        await().pollInSameThread().atMost(60, TimeUnit.SECONDS).until(() -> {
            var s = search.status();
            return !s.rebuilding() && s.lastRebuild() != null && !s.lastRebuild().equals(before);
        });
        assertThat(index.folderForTests().state().rebuilding()).isFalse();
    }

    @Test
    void a_rebuild_without_the_index_notes_replaces_the_documents_in_place_instead_of_emptying_the_index()
            throws Exception {
        // a node started with an empty data folder: on Elasticsearch its index is the one every node searches
        TestUsers.login(users, "admin");
        var before = index.folderForTests().state();
        java.nio.file.Files.deleteIfExists(index.folderForTests().dir().resolve("claimdesk-index.properties"));
        List<Long> documentsAtStart = new CopyOnWriteArrayList<>();
        try {
            search.rebuild((n, total) -> {
                if (n == 0) {
                    documentsAtStart.add(index.documents());
                }
            }).get(120, TimeUnit.SECONDS);
        } finally {
            if (!index.folderForTests().state().rebuilding() && index.folderForTests().state().layout() == null) {
                index.folderForTests().write(before);
            }
        }
        assertThat(documentsAtStart).singleElement().satisfies(n -> assertThat(n).isPositive());
        assertThat(index.folderForTests().state().layout()).isEqualTo(CaseDocument.LAYOUT);
    }

    @Test
    void a_passage_said_in_the_summary_and_again_in_the_thread_is_shown_once() {
        String number = open("Held by customs for eleven days " + run, Marketplace.AMAZON, SubReason.DAMAGED_IN_TRANSIT);
        say(idOf(number), MessageKind.BUYER_MESSAGE, "Held by customs for eleven days " + run);
        say(idOf(number), MessageKind.REPLY, "Noted, " + run + "reply");
        find(run + "reply", 1); // the index holds the thread now

        SearchHit hit = find("customs " + run, 1).hits().getFirst();

        assertThat(hit.snippets()).doesNotHaveDuplicates().hasSize(1);
    }

    @Test
    void an_admin_rebuilds_the_index_in_the_background_and_sees_its_progress() throws Exception {
        TestUsers.login(users, "admin");
        List<long[]> progress = new CopyOnWriteArrayList<>();
        IndexStatus done = search.rebuild((n, total) -> progress.add(new long[]{n, total})).get(120, TimeUnit.SECONDS);

        assertThat(done.documents()).isEqualTo(done.cases());
        assertThat(done.rebuilding()).as("the status a rebuild ends with is that of a finished index").isFalse();
        assertThat(done.lastRebuild()).isNotNull();
        assertThat(progress.getFirst()[0]).isZero();
        assertThat(progress.getLast()[0]).isEqualTo(progress.getLast()[1]).isEqualTo(done.cases());
        assertThat(progress).extracting(p -> p[0]).isSorted();
        theRebuiltIndexIsWhereTheBackendKeepsIt(done);
    }

    /** What the backend tells of a rebuilt index: the Lucene folder's size on disk. */
    protected void theRebuiltIndexIsWhereTheBackendKeepsIt(IndexStatus done) throws Exception {
        assertThat(done.sizeBytes()).isPositive();
        assertThat(done.backend()).isEqualTo("lucene");
    }

    private void remove(long caseId) {
        try (SearchSession s = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            s.indexingPlan().purge(CaseDocument.class, caseId, null);
        }
    }
}
