package com.claimdesk;

import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.UserService;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Cases a test makes for itself, so that it passes on an empty database as well as beside the demo data:
 * {@code TestCases.aCase().marketplace(AMAZON).orderValue("120.00", "EUR").open(complaints)}. What a test does not
 * say is valid and unremarkable; each case gets an order number of its own, and "today" is the {@link TestClock}'s.
 */
public final class TestCases {

    private TestCases() {
    }

    public static CaseBuilder aCase() {
        return new CaseBuilder();
    }

    public static final class CaseBuilder {
        private Marketplace marketplace = Marketplace.ALIEXPRESS;
        private String orderNumber = "T-" + UUID.randomUUID().toString().substring(0, 12);
        private LocalDate orderDate = LocalDate.now(TestClock.get()).minusDays(20);
        private String orderValue = "120.00";
        private String currency = "USD";
        private Buyer buyer = new Buyer("Test Buyer", "DE", null, "en");
        private Shipment shipment = Shipment.NONE;
        private SubReason subReason = SubReason.DAMAGED_IN_TRANSIT;
        private Priority priority = Priority.NORMAL;
        private BigDecimal claimedAmount;
        private String claimedCurrency;
        private String sku = "";
        private Set<String> tags = Set.of();

        private CaseBuilder() {
        }

        public CaseBuilder marketplace(Marketplace marketplace) {
            this.marketplace = marketplace;
            return this;
        }

        public CaseBuilder orderNumber(String orderNumber) {
            this.orderNumber = orderNumber;
            return this;
        }

        public CaseBuilder orderDate(LocalDate orderDate) {
            this.orderDate = orderDate;
            return this;
        }

        /** The order's value in its currency (the order's currency is also the case's). */
        public CaseBuilder orderValue(String amount, String currency) {
            this.orderValue = amount;
            this.currency = currency;
            return this;
        }

        public CaseBuilder buyer(String name, String country, String language) {
            this.buyer = new Buyer(name, country, null, language);
            return this;
        }

        public CaseBuilder buyerAccount(String account) {
            this.buyer = buyer.withBuyerAccount(account);
            return this;
        }

        public CaseBuilder buyerName(String name) {
            this.buyer = buyer.withBuyerName(name);
            return this;
        }

        /** The reason, and with it its category. */
        public CaseBuilder subReason(SubReason subReason) {
            this.subReason = subReason;
            return this;
        }

        public CaseBuilder priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        public CaseBuilder claimed(String currency, String amount) {
            this.claimedCurrency = currency;
            this.claimedAmount = new BigDecimal(amount);
            return this;
        }

        /** Shipped {@code daysAgo} days before today, to be delivered on {@code promised}. */
        public CaseBuilder shipped(int daysAgo, LocalDate promised) {
            return shipment(s -> s.withShippedOn(LocalDate.now(TestClock.get()).minusDays(daysAgo))
                    .withPromisedDeliveryOn(promised));
        }

        public CaseBuilder shipment(UnaryOperator<Shipment> change) {
            this.shipment = change.apply(shipment);
            return this;
        }

        public CaseBuilder sku(String sku) {
            this.sku = sku;
            return this;
        }

        public CaseBuilder tags(String... tags) {
            this.tags = Set.of(tags);
            return this;
        }

        public ComplaintDetails build() {
            var d = new ComplaintDetails();
            d.setMarketplace(marketplace);
            d.setOrderNumber(orderNumber);
            d.setOrderDate(orderDate);
            d.setOrderValue(new BigDecimal(orderValue));
            d.setOrderCurrency(currency);
            d.setBuyer(buyer);
            d.setShipment(shipment);
            d.setCategory(subReason.category());
            d.setSubReason(subReason);
            d.setPriority(priority);
            if (claimedAmount != null) {
                d.setClaimedAmount(claimedAmount);
                d.setClaimedCurrency(claimedCurrency);
            }
            d.setSku(sku);
            d.setTags(tags);
            return d;
        }

        /** Opens the case as the signed-in user; its case number. */
        public String open(ComplaintService complaints) {
            return complaints.open(build());
        }

        /** Opens the case as the signed-in user and assigns it to them. */
        public ComplaintSnapshot openAndTake(ComplaintService complaints) {
            String number = open(complaints);
            return complaints.assignToMe(number, complaints.get(number).version());
        }

        /** Opens the case as {@code username}; whoever was signed in before still is afterwards. */
        public String openAs(String username, ComplaintService complaints, UserService users) {
            var before = SecurityContextHolder.getContext();
            try {
                TestUsers.login(users, username);
                return open(complaints);
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }
    }
}
