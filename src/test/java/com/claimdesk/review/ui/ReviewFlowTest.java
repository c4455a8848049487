package com.claimdesk.review.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.review.Rating;
import com.claimdesk.review.ReviewQueueItem;
import com.claimdesk.review.ReviewService;
import com.claimdesk.review.ReviewServiceTest;
import com.claimdesk.settlement.SettlementService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewFlowTest extends KaribuTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    SettlementService settlements;
    @Autowired
    ReviewService reviews;

    @Test
    void a_lead_rates_a_case_turns_its_prevention_note_into_a_lesson_and_an_agent_finds_it() {
        TestUsers.login(userService, "agent");
        String n = ReviewServiceTest.aClosedCase(complaints, settlements, "LMP-DSK-01",
                "Ship desk lamps with the shade packed separately");
        TestUsers.logout();

        login("lead");
        navigate("reviews");
        com.claimdesk.review.ReviewServiceTest.assertWaitsForReview(
                _get(ReviewQueueView.class).grid.getListDataView().getItems().toList(), n);
        navigate("reviews/" + n);
        var view = _get(CaseReviewView.class);
        // saving without a rating is refused at the field
        _click(view.save);
        assertThat(view.rating.isInvalid()).isTrue();

        TestFields.set(view.rating, Rating.GOOD);
        TestFields.set(view.comment, "Fast and within the bottom line");
        TestFields.set(view.makeLesson, true);
        assertThat(view.lessonTitle.getValue()).isEqualTo("Ship desk lamps with the shade packed separately");
        _click(view.save);
        assertThat(reviews.story(n).review().rating()).isEqualTo(Rating.GOOD);

        login("agent");
        navigate("prevention");
        var checklist = _get(ChecklistView.class);
        TestFields.set(checklist.search, "shade packed");
        assertThat(_get(checklist.results, Div.class, s -> s.withClasses("cd-lesson")).getElement().getText())
                .isNotNull();
        assertThat(checklist.results.getElement().getOuterHTML()).contains("Ship desk lamps").contains("LMP-DSK-01");
        // agents read; only leads write
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, s -> s.withId("lesson-add"))).isEmpty();
    }

    @Test
    void an_agent_has_no_review_queue() {
        login("agent");
        assertThatThrownBy(() -> navigate("reviews")).hasMessageContaining("Access is denied");
    }
}
