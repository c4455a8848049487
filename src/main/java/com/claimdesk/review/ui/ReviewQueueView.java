package com.claimdesk.review.ui;

import com.claimdesk.base.ui.Formats;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.base.ui.StatusBadge;
import com.claimdesk.review.ReviewQueueItem;
import com.claimdesk.review.ReviewService;
import com.claimdesk.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Finished cases waiting for a lead's review, oldest first; a click opens the review. */
@Route("reviews")
@Menu(order = 5, icon = "vaadin:clipboard-check", title = "nav.reviews")
@RolesAllowed(Role.LEAD_ROLE)
class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ReviewQueueItem> grid = new Grid<>();
    final Span count = new Span();

    ReviewQueueView(ReviewService service) {
        setSizeFull();
        count.setId("review-count");
        count.addClassName("cd-muted");
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(LitRenderer.<ReviewQueueItem>of("<a href='reviews/${item.n}'>${item.n}</a>")
                        .withProperty("n", ReviewQueueItem::caseNumber))
                .setHeader(getTranslation("complaint.caseNumber")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewQueueItem::buyerName).setHeader(getTranslation("complaint.buyer")).setFlexGrow(1);
        grid.addColumn(i -> Labels.of(i.marketplace())).setHeader(getTranslation("complaint.marketplace")).setAutoWidth(true);
        grid.addColumn(i -> Labels.of(i.category())).setHeader(getTranslation("complaint.category")).setAutoWidth(true);
        grid.addComponentColumn(i -> new StatusBadge(i.status())).setHeader(getTranslation("complaint.status"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.assigneeName() == null ? "" : i.assigneeName())
                .setHeader(getTranslation("complaint.assignee")).setAutoWidth(true);
        grid.addColumn(i -> Formats.dateTime(i.resolvedAt())).setHeader(getTranslation("review.resolvedAt"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("review.queue.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reviews/" + e.getItem().caseNumber())));
        var items = service.queue();
        grid.setItems(items);
        count.setText(getTranslation("review.queue.count", service.queueSize()));
        add(count, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
