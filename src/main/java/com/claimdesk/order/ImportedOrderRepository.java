package com.claimdesk.order;

import com.claimdesk.complaint.Marketplace;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ImportedOrderRepository extends JpaRepository<ImportedOrder, Long> {

    Optional<ImportedOrder> findByMarketplaceAndOrderNumber(Marketplace marketplace, String orderNumber);

    List<ImportedOrder> findByOrderNumber(String orderNumber);

    // written out, not as a row-value comparison, which MariaDB cannot answer from the index (STACK-NOTES)
    @Query("""
            select o from ImportedOrder o
            where (:marketplace is null or o.marketplace = :marketplace)
              and (o.updatedAt > :updatedAt or (o.updatedAt = :updatedAt and o.id > :id))
            order by o.updatedAt asc, o.id asc""")
    List<ImportedOrder> pageAfter(@Param("marketplace") @Nullable Marketplace marketplace,
                                  @Param("updatedAt") Instant updatedAt, @Param("id") long id, Limit limit);
}
