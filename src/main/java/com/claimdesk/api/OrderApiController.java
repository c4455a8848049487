package com.claimdesk.api;

import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.order.KnownOrder;
import com.claimdesk.order.OrderCursor;
import com.claimdesk.order.OrderService;
import com.claimdesk.order.UpsertOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Known orders: store (create or replace), read with the cases about them, list by last change. */
@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders")
public class OrderApiController {

    private final OrderService orders;
    private final ComplaintService complaints;

    OrderApiController(OrderService orders, ComplaintService complaints) {
        this.orders = orders;
        this.complaints = complaints;
    }

    @GetMapping
    @Operation(summary = "Orders by last change, oldest change first",
            description = "Page through all until a page comes back empty, keep its nextCursor, and later continue "
                    + "from it to get what changed since.")
    public PageResource<OrderResource> list(@RequestParam(required = false) Marketplace marketplace,
                                            @RequestParam(required = false) String cursor,
                                            @Parameter(description = "1 to 200")
                                            @RequestParam(defaultValue = "50") int limit) {
        Cursors.Position from = Cursors.decode(cursor);
        int size = Math.clamp(limit, 1, OrderService.MAX_PAGE_SIZE);
        List<KnownOrder> page = orders.page(marketplace, from == null ? null : new OrderCursor(from.at(), from.id()),
                size);
        String next = page.isEmpty() ? cursor
                : Cursors.encode(page.getLast().updatedAt(), page.getLast().id());
        // always a cursor, even after the last order: a client keeps it and asks again later for what changed since
        return new PageResource<>(page.stream().map(o -> OrderResource.of(o, null)).toList(), next);
    }

    @GetMapping("/{marketplace}/{orderNumber}")
    @Operation(summary = "One order and the cases about it")
    public OrderResource get(@PathVariable Marketplace marketplace, @PathVariable String orderNumber) {
        KnownOrder order = orders.find(marketplace, orderNumber).orElseThrow(() -> new NotFoundException(
                "order.error.notFound", "No order " + marketplace + "/" + orderNumber, orderNumber));
        return OrderResource.of(order, complaints.casesForOrder(marketplace, orderNumber).stream()
                .map(ComplaintListItem::caseNumber).toList());
    }

    @PutMapping(path = "/{marketplace}/{orderNumber}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Store an order", description = "201 when it was new, 200 when it replaced the stored one "
            + "(or was the same). Needs a token with the LEAD role, like the import.")
    public ResponseEntity<OrderResource> put(@PathVariable Marketplace marketplace, @PathVariable String orderNumber,
                                             @RequestBody OrderInput input) {
        if (input == null) {
            throw new ApiBadRequestException("api.error.body", "No body");
        }
        UpsertOutcome outcome = orders.upsert(input.toDetails(marketplace, orderNumber));
        KnownOrder stored = orders.find(marketplace, orderNumber).orElseThrow();
        return ResponseEntity.status(outcome == UpsertOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .header("X-Outcome", outcome.name())
                .body(OrderResource.of(stored, null));
    }
}
