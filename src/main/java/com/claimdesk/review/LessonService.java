package com.claimdesk.review;

import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The prevention checklist: every agent reads and searches it; team leads write, change and retire lessons.
 * Search matches words in title, text and product code, in any language (the checklist is small, so a plain
 * substring match is exact and fast enough, and it works for Chinese, which a full-text index would not split).
 */
@Service
@Validated
public class LessonService {

    private static final Logger log = LoggerFactory.getLogger(LessonService.class);

    private final LessonRepository lessons;
    private final JdbcTemplate jdbc;
    private final com.claimdesk.complaint.Cases cases;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LessonService(LessonRepository lessons, JdbcTemplate jdbc, Clock clock, com.claimdesk.complaint.Cases cases,
                  ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
        this.lessons = lessons;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Active lessons matching the filters (all optional), ordered for grouping: category, cause, product. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<LessonSummary> checklist(String text, Category category, RootCause rootCause, String sku) {
        var sql = new StringBuilder("""
                SELECT l.id, l.category, l.sku, l.root_cause, l.title, l.body, l.complaint_id, l.created_at, l.active
                  FROM lesson l
                 WHERE l.active = TRUE""");
        List<Object> args = new ArrayList<>();
        if (category != null) {
            sql.append(" AND l.category = ?");
            args.add(category.name());
        }
        if (rootCause != null) {
            sql.append(" AND l.root_cause = ?");
            args.add(rootCause.name());
        }
        if (sku != null && !sku.isBlank()) {
            sql.append(" AND l.sku = ?");
            args.add(sku.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (text != null && !text.isBlank()) {
            for (String word : text.strip().split("\\s+")) {
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                sql.append(" AND (l.title LIKE ? OR l.body LIKE ? OR l.sku LIKE ?)");
                args.add(like);
                args.add(like);
                args.add(like);
            }
        }
        sql.append(" ORDER BY l.category, l.root_cause, l.sku, l.title LIMIT 500");
        record Row(long id, Category category, String sku, RootCause cause, String title, String body,
                   Long complaintId, Instant createdAt, boolean active) {
        }
        List<Row> rows = jdbc.query(sql.toString(), (rs, i) -> new Row(rs.getLong(1), Category.valueOf(rs.getString(2)),
                rs.getString(3), RootCause.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                (Long) rs.getObject(7, Long.class), rs.getTimestamp(8).toInstant(), rs.getBoolean(9)), args.toArray());
        // the source cases' numbers from the case module, for the whole list at once
        var numbers = cases.facts(rows.stream().map(Row::complaintId).filter(java.util.Objects::nonNull).distinct()
                .toList());
        return rows.stream().map(r -> new LessonSummary(r.id(), r.category(), r.sku(), r.cause(), r.title(), r.body(),
                r.complaintId(), r.complaintId() == null || !numbers.containsKey(r.complaintId()) ? null
                : numbers.get(r.complaintId()).caseNumber(), r.createdAt(), r.active())).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public LessonSummary create(@Valid @NotNull LessonForm form) {
        var saved = lessons.save(new Lesson(null, form.getCategory(), form.getSku(), form.getRootCause(),
                form.getTitle(), form.getBody(), CurrentUser.id(), clock.instant()));
        events.publishEvent(new LessonChanged(saved.getId(), null));
        log.info("Lesson {} written by {}", saved.getId(), CurrentUser.require().getUsername());
        return saved.view(null);
    }

    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public LessonSummary change(long lessonId, @Valid @NotNull LessonForm form) {
        Lesson lesson = find(lessonId);
        lesson.change(form.getCategory(), form.getSku(), form.getRootCause(), form.getTitle(), form.getBody(),
                clock.instant());
        events.publishEvent(new LessonChanged(lessonId, lesson.getComplaintId()));
        log.info("Lesson {} changed by {}", lessonId, CurrentUser.require().getUsername());
        return lesson.view(null);
    }

    /** Takes a lesson off the checklist (it stays in the database, linked to its case). */
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void retire(long lessonId) {
        Lesson lesson = find(lessonId);
        lesson.retire(clock.instant());
        events.publishEvent(new LessonChanged(lessonId, lesson.getComplaintId()));
        log.info("Lesson {} retired by {}", lessonId, CurrentUser.require().getUsername());
    }

    private Lesson find(long id) {
        return lessons.findById(id).orElseThrow(() -> new NotFoundException("lesson.error.notFound", "No lesson " + id));
    }
}
