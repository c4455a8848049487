package com.claimdesk.negotiation;

import com.claimdesk.complaint.QueueFlag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * The negotiation's two flags in the queue: "Settle now" (the buyer's open offer is within the bottom line) and
 * "Waiting" (a buyer's offer has waited for our answer beyond the settlement window). The queue knows them only as
 * {@link QueueFlag}s, so it does not depend on this module.
 */
@Configuration(proxyBeanMethods = false)
class NegotiationQueueFlags {

    @Bean
    @org.springframework.core.annotation.Order(1)
    QueueFlag settleNowFlag(NegotiationService negotiation) {
        return new Flag("settle-now", "vaadin:handshake", "queue.settleNow", "queue.settleNow.tooltip",
                ids -> negotiation.queueMarks(ids).settleNow());
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    QueueFlag buyerWaitingFlag(NegotiationService negotiation) {
        return new Flag("waiting-too-long", "vaadin:hourglass", "queue.waitingTooLong",
                "queue.waitingTooLong.tooltip", ids -> negotiation.queueMarks(ids).waitingTooLong());
    }

    private record Flag(String name, String icon, String labelKey, String tooltipKey,
                        Function<Collection<Long>, Set<Long>> find) implements QueueFlag {
        @Override
        public Set<Long> flagged(Collection<Long> complaintIds) {
            return find.apply(complaintIds);
        }
    }
}
