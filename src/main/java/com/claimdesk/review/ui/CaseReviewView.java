package com.claimdesk.review.ui;

import com.claimdesk.audit.AuditRecord;
import com.claimdesk.base.Money;
import com.claimdesk.base.ui.Attempt;
import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.Notifications;
import com.claimdesk.base.ui.StatusBadge;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.negotiation.ui.OfferLadder;
import com.claimdesk.review.Rating;
import com.claimdesk.review.ReviewForm;
import com.claimdesk.review.ReviewService;
import com.claimdesk.review.ReviewStory;
import com.claimdesk.security.Role;
import com.claimdesk.settlement.SettlementSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;

/**
 * The whole story of a finished case on one screen, and the lead's review of it: key figures (first response,
 * time to resolution, rounds until settlement, cost, root cause), the offers against the bottom line, the cost
 * ledger and the history; then the rating, a comment and, optionally, a lesson from the prevention note.
 */
@Route("reviews/:caseNumber")
@RolesAllowed(Role.LEAD_ROLE)
class CaseReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReviewService service;
    private final Div content = new Div();
    final RadioButtonGroup<Rating> rating = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Checkbox makeLesson = new Checkbox();
    final TextField lessonTitle = new TextField();
    final TextArea lessonBody = new TextArea();
    final Button save = new Button();
    private String caseNumber = "";

    CaseReviewView(ReviewService service) {
        this.service = service;
        addClassName("cd-review");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        show(service.story(caseNumber));
    }

    private void show(ReviewStory story) {
        content.removeAll();
        ComplaintDetails d = story.complaint().details();
        var title = new H2(story.complaint().caseNumber() + " · " + d.getBuyerName());
        title.setId("review-title");
        var open = new Anchor("cases/" + story.complaint().caseNumber(), getTranslation("review.openCase"));
        var head = new HorizontalLayout(title, new StatusBadge(story.complaint().status()), open);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        var facts = new Paragraph(String.join(" · ", Labels.of(d.getMarketplace()) + " " + d.getOrderNumber(),
                Labels.of(d.getCategory()) + " / " + Labels.of(d.getSubReason()),
                getTranslation("approvals.details.orderValue", Formats.money(Money.of(d.getOrderValue(), d.getOrderCurrency()))),
                d.getSku().isBlank() ? "" : "SKU " + d.getSku(),
                story.complaint().assignee() == null ? getTranslation("complaint.unassigned")
                        : story.complaint().assignee().displayName()));
        facts.addClassName("cd-muted");
        content.add(head, facts, figures(story));

        var left = new VerticalLayout(new H3(getTranslation("review.deadlines")), deadlines(story),
                new H3(getTranslation("negotiation.rounds.title")), offers(story),
                new H3(getTranslation("settlement.title")), settlement(story.settlement()));
        left.setPadding(false);
        var right = new VerticalLayout(new H3(getTranslation("review.form.title")), reviewPart(story));
        right.setPadding(false);
        var columns = new HorizontalLayout(left, right);
        columns.setWidthFull();
        columns.setFlexGrow(3, left);
        columns.setFlexGrow(2, right);
        columns.setWrap(true);
        content.add(columns, new H3(getTranslation("tab.history")), timeline(story));
    }

    /** The key figures as tiles. */
    private Component figures(ReviewStory s) {
        var tiles = new HorizontalLayout();
        tiles.setId("review-figures");
        tiles.setWrap(true);
        tiles.add(tile("review.firstResponse", duration(s.firstResponse())),
                tile("review.timeToResolution", duration(s.timeToResolution())),
                tile("review.rounds", String.valueOf(s.roundsToSettlement())),
                tile("review.cost", s.settlement() == null ? "–" : Formats.money(s.settlement().baseTotal())),
                tile("closing.rootCause", s.complaint().closing() == null ? "–"
                        : Labels.of(s.complaint().closing().getRootCause()) + " · "
                        + Labels.of(s.complaint().closing().getResponsibility())));
        return tiles;
    }

    private Div tile(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("cd-fact-label");
        var v = new Span(value);
        v.addClassName("cd-review-figure");
        var tile = new Div(label, v);
        tile.addClassName("cd-review-tile");
        return tile;
    }

    private String duration(Duration d) {
        if (d == null) {
            return "–";
        }
        if (d.toDays() >= 1) {
            return getTranslation("review.duration.days", d.toDays(), d.toHoursPart());
        }
        return getTranslation("review.duration.hours", d.toHours(), d.toMinutesPart());
    }

    private Component offers(ReviewStory s) {
        var line = s.negotiation().bottomLine();
        var box = new Div(new Paragraph(OfferLadder.describe(this, line)), new OfferLadder(s.negotiation().rounds(), line));
        box.setId("review-offers");
        return box;
    }

    /** Every deadline of the case and how it ended: met, missed, extended or still open. */
    private Component deadlines(ReviewStory s) {
        var box = new Div();
        box.setId("review-deadlines");
        if (s.deadlines().isEmpty()) {
            box.add(new Paragraph(getTranslation("review.noDeadlines")));
        }
        for (var d : s.deadlines()) {
            var state = new Span(Labels.of(d.state()));
            state.addClassNames("cd-badge", switch (d.state()) {
                case MET -> "cd-badge-resolved";
                case MISSED -> "cd-badge-escalated";
                default -> "cd-badge-normal";
            });
            String when = d.state() == com.claimdesk.deadline.DeadlineState.MET && d.metAt() != null
                    ? Formats.dateTime(d.metAt()) : Formats.dateTime(d.due());
            var row = new Div(new Span(Labels.of(d.kind()) + " · " + getTranslation("review.deadlineDue",
                    Formats.dateTime(d.due())) + " · "), state, new Span(" " + when));
            row.addClassName("cd-approval-round");
            box.add(row);
        }
        return box;
    }

    private Component settlement(SettlementSummary v) {
        if (v == null) {
            return new Paragraph(getTranslation("review.noSettlement"));
        }
        var grid = new Grid<SettlementSummary.Line>();
        grid.setId("review-ledger");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> Labels.of(l.kind())).setHeader(getTranslation("settlement.cost.kind"));
        grid.addColumn(l -> Formats.money(l.amount())).setHeader(getTranslation("settlement.cost.amount"));
        grid.addColumn(l -> Formats.money(l.baseAmount())).setHeader(getTranslation("settlement.cost.base"));
        grid.setItems(v.costs());
        String stays = getTranslation("settlement.buyerStays." + (v.buyerStays() == null ? "UNKNOWN"
                : v.buyerStays() ? "YES" : "NO"));
        var summary = new Paragraph(getTranslation("settlement.summary", Labels.of(v.resolution()),
                Formats.money(v.baseTotal()), stays, Labels.of(v.feedback()), v.settledBy(), Formats.dateTime(v.settledAt())));
        var box = new Div(summary);
        if (!v.costs().isEmpty()) {
            box.add(grid);
        }
        return box;
    }

    private Component reviewPart(ReviewStory s) {
        if (s.review() != null) {
            var done = new Paragraph(getTranslation("review.done", Labels.of(s.review().rating()), s.review().reviewedBy(),
                    Formats.dateTime(s.review().reviewedAt())) + (s.review().comment() == null ? "" : " " + s.review().comment()));
            done.setId("review-done");
            return done;
        }
        if (s.complaint().status().isOpen()) {
            return new Paragraph(getTranslation("review.error.open", s.complaint().caseNumber()));
        }
        rating.setId("review-rating");
        rating.setLabel(getTranslation("review.rating"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(Labels::of);
        comment.setId("review-comment");
        comment.setLabel(getTranslation("review.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        String note = s.complaint().closing() == null ? null : s.complaint().closing().getPreventionNote();
        makeLesson.setId("review-make-lesson");
        makeLesson.setLabel(getTranslation("review.makeLesson"));
        lessonTitle.setId("review-lesson-title");
        lessonTitle.setLabel(getTranslation("lesson.title"));
        lessonTitle.setMaxLength(200);
        lessonTitle.setWidthFull();
        lessonBody.setId("review-lesson-body");
        lessonBody.setLabel(getTranslation("lesson.body"));
        lessonBody.setMaxLength(2000);
        lessonBody.setWidthFull();
        if (note != null) {
            // the prevention note is the lesson's first draft
            lessonTitle.setValue(note.length() <= 200 ? note : note.substring(0, 199) + "…");
            lessonBody.setValue(note);
        }
        lessonTitle.setVisible(false);
        lessonBody.setVisible(false);
        makeLesson.addValueChangeListener(e -> {
            lessonTitle.setVisible(e.getValue());
            lessonBody.setVisible(e.getValue());
        });
        var binder = new BeanValidationBinder<>(ReviewForm.class);
        binder.forField(rating).asRequired(getTranslation("review.rating.required")).bind("rating");
        binder.forField(comment).bind("comment");
        save.setText(getTranslation("review.save"));
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var form = new ReviewForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            if (makeLesson.getValue()) {
                if (lessonTitle.getValue().isBlank()) {
                    lessonTitle.setInvalid(true);
                    lessonTitle.setErrorMessage(getTranslation("field.required"));
                    return;
                }
                form.setLessonTitle(lessonTitle.getValue());
                form.setLessonBody(lessonBody.getValue());
            }
            if (Attempt.run(() -> service.review(s.complaint().caseNumber(), form))) {
                Notifications.success(getTranslation("review.saved"));
                // on to the next case that waits, or back to the (empty) queue
                var next = service.queue().stream().findFirst();
                getUI().ifPresent(ui -> ui.navigate(next.map(n -> "reviews/" + n.caseNumber()).orElse("reviews")));
            }
        });
        var form = new VerticalLayout(rating, comment, makeLesson, lessonTitle, lessonBody, save);
        form.setPadding(false);
        return form;
    }

    private Component timeline(ReviewStory s) {
        var grid = new Grid<AuditRecord>();
        grid.setId("review-timeline");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt())).setHeader(getTranslation("history.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.of(r.action())).setHeader(getTranslation("history.what")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> (r.oldValue() == null ? "" : r.oldValue() + " → ") + (r.newValue() == null ? "" : r.newValue()))
                .setHeader(getTranslation("history.change")).setFlexGrow(1);
        grid.setItems(s.timeline());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title", caseNumber);
    }
}
