package com.claimdesk.order;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Known orders. Agents read them (a case about a known order starts filled in); storing them is a team lead's
 * work, like the import that usually does it, or an order system's API token with that role.
 */
@Service
@Validated
public class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    public static final int MAX_PAGE_SIZE = 200;

    private final ImportedOrderRepository orders;
    private final Clock clock;

    OrderService(ImportedOrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** Stores the order under its marketplace and number: a new one is created, a known one updated. */
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public UpsertOutcome upsert(@Valid @NotNull OrderDetails details) {
        Instant now = clock.instant();
        var existing = orders.findByMarketplaceAndOrderNumber(details.getMarketplace(), details.getOrderNumber());
        if (existing.isPresent()) {
            boolean changed = existing.get().update(details, now);
            return changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED;
        }
        try {
            orders.save(new ImportedOrder(details, now));
        } catch (DataIntegrityViolationException e) {
            // the same order stored meanwhile by another import or API call: the caller may simply try again
            throw new com.claimdesk.base.DomainException("error.concurrentChange",
                    "Order " + details.getMarketplace() + "/" + details.getOrderNumber() + " stored concurrently");
        }
        log.debug("Order {}/{} stored by {}", details.getMarketplace(), details.getOrderNumber(),
                CurrentUser.get().map(u -> u.getUsername()).orElse("system"));
        return UpsertOutcome.CREATED;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Optional<KnownOrder> find(@NotNull Marketplace marketplace, String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            return Optional.empty();
        }
        return orders.findByMarketplaceAndOrderNumber(marketplace, orderNumber.trim()).map(ImportedOrder::toKnownOrder);
    }

    /** The orders with this number on any marketplace (a buyer's mail names the number, not the platform). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<KnownOrder> findByNumber(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            return List.of();
        }
        return orders.findByOrderNumber(orderNumber.trim()).stream().map(ImportedOrder::toKnownOrder).toList();
    }

    /** One page of orders by last change, after {@code cursor} (null: from the start). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<KnownOrder> page(@Nullable Marketplace marketplace, @Nullable OrderCursor cursor, int limit) {
        OrderCursor from = cursor == null ? new OrderCursor(Instant.EPOCH, 0) : cursor;
        return orders.pageAfter(marketplace, from.updatedAt(), from.id(), Limit.of(Math.clamp(limit, 1, MAX_PAGE_SIZE)))
                .stream().map(ImportedOrder::toKnownOrder).toList();
    }
}
