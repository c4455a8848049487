package com.claimdesk.review;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestCases;
import com.claimdesk.TestUsers;
import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.DomainException;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ClosingDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Responsibility;
import com.claimdesk.complaint.RootCause;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.negotiation.Resolution;
import com.claimdesk.security.UserService;
import com.claimdesk.settlement.CostKind;
import com.claimdesk.settlement.CostLine;
import com.claimdesk.settlement.SettlementForm;
import com.claimdesk.settlement.SettlementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
public class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    LessonService lessons;
    @Autowired
    ComplaintService complaints;
    @Autowired
    SettlementService settlements;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    /** A case settled for 60 USD and closed as a packaging fault with a prevention note; returns its number. */
    public static String aClosedCase(ComplaintService complaints, SettlementService settlements, String sku, String note) {
        String n = TestCases.aCase().buyer("Mia Fischer", "AT", "de").orderValue("200.00", "USD").sku(sku)
                .open(complaints);
        long id = complaints.get(n).id();
        var form = new SettlementForm();
        form.setResolution(Resolution.PARTIAL_REFUND);
        form.setCosts(List.of(new CostLine(CostKind.REFUND, new BigDecimal("60.00"), "USD", null, null)));
        settlements.settle(id, form);
        complaints.close(n, complaints.get(n).version(),
                new ClosingDetails(RootCause.PACKAGING, Responsibility.SELLER, note));
        return n;
    }

    /**
     * The queue lists the oldest finished cases first, at most {@link ReviewService#QUEUE_SIZE}: a case finished just
     * now is on it unless older unreviewed cases fill it (other tests' back-dated history does, in a shared database).
     */
    public static void assertWaitsForReview(List<ReviewQueueItem> queue, String caseNumber) {
        if (queue.stream().noneMatch(item -> item.caseNumber().equals(caseNumber))) {
            assertThat(queue).as("%s is missing only behind a full queue of older cases", caseNumber)
                    .hasSize(ReviewService.QUEUE_SIZE);
        }
    }

    @Test
    void a_lead_reviews_a_finished_case_once_and_its_lesson_reaches_the_checklist() {
        TestUsers.login(users, "agent");
        String n = aClosedCase(complaints, settlements, "GLS-VAS-20", "Wrap glass vases in two layers of bubble foil");
        long id = complaints.get(n).id();

        TestUsers.login(users, "lead");
        assertWaitsForReview(reviews.queue(), n);
        var story = reviews.story(n);
        assertThat(story.settlement().baseTotal().amount()).isEqualByComparingTo("60.00");
        assertThat(story.firstResponse()).isNull();
        assertThat(story.timeToResolution()).isNotNull();
        assertThat(story.roundsToSettlement()).isZero();
        assertThat(story.review()).isNull();
        // the team's SLA deadlines came with the case; resolving met the resolution target
        assertThat(story.deadlines()).anySatisfy(dl -> {
            assertThat(dl.kind()).isEqualTo(com.claimdesk.deadline.DeadlineKind.RESOLUTION_TARGET);
            assertThat(dl.state()).isEqualTo(com.claimdesk.deadline.DeadlineState.MET);
        });

        var form = new ReviewForm();
        form.setRating(Rating.COULD_BE_BETTER);
        form.setComment("Answer within the day next time");
        form.setLessonTitle("Double-wrap glass vases");
        form.setLessonBody("Two layers of bubble foil and a carton insert for every glass vase.");
        var done = reviews.review(n, form);
        assertThat(done.rating()).isEqualTo(Rating.COULD_BE_BETTER);
        assertThat(done.reviewedBy()).isEqualTo("Liu Yang 刘洋");
        assertThat(reviews.queue()).extracting(ReviewQueueItem::caseNumber).doesNotContain(n);
        assertThat(audit.history(id)).extracting(a -> a.action())
                .contains(AuditAction.REVIEWED, AuditAction.LESSON_RECORDED);
        assertThatThrownBy(() -> reviews.review(n, form)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("review.error.already");

        // every agent reads it, filed under the case's category, product and root cause, and finds it by a word
        TestUsers.login(users, "agent2");
        assertThat(lessons.checklist("bubble", null, null, null)).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Double-wrap glass vases");
            assertThat(l.category()).isEqualTo(Category.QUALITY);
            assertThat(l.rootCause()).isEqualTo(RootCause.PACKAGING);
            assertThat(l.sku()).isEqualTo("GLS-VAS-20");
            assertThat(l.caseNumber()).isEqualTo(n);
        });
        assertThat(lessons.checklist(null, null, RootCause.PACKAGING, "gls-vas-20")).hasSize(1);
        assertThat(lessons.checklist("bubble", Category.LATE_DELIVERY, null, null)).isEmpty();
    }

    @Test
    void an_open_case_cannot_be_reviewed_and_an_agent_cannot_review_at_all() {
        TestUsers.login(users, "agent");
        String open = TestCases.aCase().buyer("Ola Nordmann", "NO", "en").orderValue("80.00", "USD")
                .subReason(SubReason.WRONG_MODEL).open(complaints);
        var form = new ReviewForm();
        form.setRating(Rating.GOOD);
        assertThatThrownBy(() -> reviews.review(open, form)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users, "lead");
        assertThatThrownBy(() -> reviews.review(open, form)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("review.error.open");
        assertThat(complaints.get(open).status()).isEqualTo(ComplaintStatus.NEW);
    }

    @Test
    void lessons_are_written_changed_and_retired_by_leads_only() {
        var form = new LessonForm();
        form.setCategory(Category.LATE_DELIVERY);
        form.setRootCause(RootCause.DELIVERY_DATE_NOT_EXTENDED);
        form.setTitle("延长收货期：得知延误当天就在平台上操作");
        TestUsers.login(users, "agent");
        assertThatThrownBy(() -> lessons.create(form)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(users, "lead");
        var created = lessons.create(form);
        assertThat(lessons.checklist("收货期", null, null, null)).extracting(LessonSummary::id).contains(created.id());
        form.setTitle("Extend the delivery date on the platform the day the delay is known");
        lessons.change(created.id(), form);
        assertThat(lessons.checklist("delay is known", null, null, null)).extracting(LessonSummary::id).contains(created.id());
        lessons.retire(created.id());
        assertThat(lessons.checklist("delay is known", null, null, null)).extracting(LessonSummary::id)
                .doesNotContain(created.id());
    }
}
