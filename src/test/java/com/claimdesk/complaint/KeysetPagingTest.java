package com.claimdesk.complaint;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keyset (seek) paging returns exactly what OFFSET paging returns: for every sort in both directions, with the
 * queue's filters, across ties (four priorities, seven statuses, cases without a deadline or a claim share values)
 * and with page sizes that cut through them. On the demo data (300 cases) in the embedded MariaDB.
 */
@IntegrationTest
class KeysetPagingTest {

    @Autowired
    ComplaintService service;
    @Autowired
    UserService users;

    @BeforeEach
    void signIn() {
        TestUsers.login(users, "agent");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    static Stream<Arguments> sortsAndFilters() {
        var any = QueueFilter.AssigneeScope.ANYONE;
        List<QueueFilter> filters = List.of(
                new QueueFilter(null, null, null, any, ""),
                new QueueFilter(ComplaintStatus.openStates(), null, null, any, ""),
                new QueueFilter(EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED), null, null, any, ""),
                new QueueFilter(EnumSet.of(ComplaintStatus.CLOSED), Category.NOT_RECEIVED, null, any, ""),
                new QueueFilter(EnumSet.of(ComplaintStatus.NEW, ComplaintStatus.ESCALATED), null, null, any, ""),
                new QueueFilter(null, Category.QUALITY, Marketplace.ALIEXPRESS, any, ""),
                QueueFilter.myOpenCases(),
                new QueueFilter(null, null, null, QueueFilter.AssigneeScope.UNASSIGNED, ""));
        List<Arguments> all = new ArrayList<>();
        for (QueueSort.Field field : QueueSort.Field.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                for (QueueFilter filter : filters) {
                    all.add(Arguments.of(new QueueSort(field, ascending), filter));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sortsAndFilters")
    void pages_after_a_cursor_concatenate_to_the_offset_result(QueueSort sort, QueueFilter filter) {
        List<Long> byOffset = byOffset(filter, sort);
        assertThat(new HashSet<>(byOffset)).as("the order is unique, no row twice").hasSize(byOffset.size());

        List<Long> bySeek = new ArrayList<>();
        QueueCursor cursor = null;
        do {
            QueuePage page = service.queueAfter(filter, sort, cursor, 7);
            page.items().forEach(i -> bySeek.add(i.id()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(bySeek).isEqualTo(byOffset);

        // as the grid asks: (offset, limit), continuing from the cursor cache
        var cursors = new QueueCursors();
        List<Long> byGrid = new ArrayList<>();
        List<ComplaintListItem> page;
        do {
            page = service.queue(filter, sort, byGrid.size(), 13, cursors);
            page.forEach(i -> byGrid.add(i.id()));
        } while (page.size() == 13);
        assertThat(byGrid).isEqualTo(byOffset);
    }

    @Test
    void there_is_enough_demo_data_for_pages_to_cut_through_ties() {
        var all = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, "");
        assertThat(byOffset(all, QueueSort.DEFAULT)).hasSizeGreaterThan(200);
    }

    @Test
    void a_jump_without_a_cursor_lands_where_offset_would_and_then_seeks_on() {
        var open = new QueueFilter(ComplaintStatus.openStates(), null, null, QueueFilter.AssigneeScope.ANYONE, "");
        var sort = new QueueSort(QueueSort.Field.PRIORITY, false);
        List<Long> expected = byOffset(open, sort);
        var cursors = new QueueCursors();
        List<Long> jumped = ids(service.queue(open, sort, 20, 10, cursors));
        assertThat(jumped).isEqualTo(expected.subList(20, 30));
        assertThat(cursors.at(open, sort, 30)).as("remembered where the jump ended").isNotNull();
        assertThat(ids(service.queue(open, sort, 30, 10, cursors))).isEqualTo(expected.subList(30, 40));
        // another filter does not use cursors of this one
        var closed = new QueueFilter(EnumSet.of(ComplaintStatus.CLOSED), null, null, QueueFilter.AssigneeScope.ANYONE, "");
        assertThat(ids(service.queue(closed, sort, 30, 10, cursors))).isEqualTo(byOffset(closed, sort).subList(30, 40));
    }

    @Test
    void a_cursor_of_another_sort_is_refused() {
        var all = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, "");
        QueueCursor cursor = service.queueAfter(all, QueueSort.DEFAULT, null, 5).next();
        assertThatThrownBy(() -> service.queueAfter(all, new QueueSort(QueueSort.Field.CREATED, true), cursor, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_cursor_cache_stays_small() {
        var all = new QueueFilter(null, null, null, QueueFilter.AssigneeScope.ANYONE, "");
        var cursors = new QueueCursors();
        for (int offset = 0; offset < 250; offset += 5) {
            service.queue(all, QueueSort.DEFAULT, offset, 5, cursors);
        }
        assertThat(cursors.size()).isLessThanOrEqualTo(QueueCursors.MAX_ENTRIES);
    }

    /** The reference: plain OFFSET pages of the largest size. */
    private List<Long> byOffset(QueueFilter filter, QueueSort sort) {
        List<Long> all = new ArrayList<>();
        List<ComplaintListItem> page;
        do {
            page = service.queue(filter, sort, all.size(), ComplaintService.MAX_PAGE_SIZE);
            all.addAll(ids(page));
        } while (page.size() == ComplaintService.MAX_PAGE_SIZE);
        return all;
    }

    private static List<Long> ids(List<ComplaintListItem> items) {
        return items.stream().map(ComplaintListItem::id).toList();
    }
}
