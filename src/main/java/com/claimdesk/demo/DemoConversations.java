package com.claimdesk.demo;

import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A believable first exchange for each demo case ({@code demo/conversations.yaml}): the buyer's complaint, our
 * first answer once someone has the case, and the agent's note.
 */
final class DemoConversations {

    /** One entry of a case's thread, as {@code ThreadSeedWriter} writes it. */
    record Message(MessageKind kind, MessageChannel channel, Long authorId, String authorName, String language,
                   String body, Instant sentAt) {
    }

    private DemoConversations() {
    }

    static List<Message> of(DemoCase c, String agentName, Instant now) {
        DemoTexts texts = DemoTexts.get();
        var d = c.details();
        Instant opened = c.createdAt();
        List<Message> thread = new ArrayList<>();
        thread.add(new Message(MessageKind.BUYER_MESSAGE, MessageChannel.PLATFORM_MESSAGE, null, d.getBuyerName(),
                d.getBuyer().buyerLanguage(),
                DemoTexts.fill(texts.openers.get(d.getCategory()), Map.of("order", d.getOrderNumber())),
                opened.minus(Duration.ofMinutes(12))));
        if (c.finalStatus() == ComplaintStatus.NEW || c.assigneeId() == null) {
            return thread;
        }
        Instant answered = earliest(opened.plus(c.stepEvery().dividedBy(2)), now.minusSeconds(60));
        String firstName = d.getBuyerName().split(" ")[0];
        thread.add(new Message(MessageKind.REPLY, MessageChannel.PLATFORM_MESSAGE, c.assigneeId(), agentName, "en",
                DemoTexts.fill(texts.firstAnswer, Map.of("firstName", firstName, "order", d.getOrderNumber())),
                answered));
        if (d.getSummary() != null && !d.getSummary().isBlank()) {
            thread.add(new Message(MessageKind.NOTE, null, c.assigneeId(), agentName, null, d.getSummary(),
                    earliest(answered.plusSeconds(300), now.minusSeconds(30))));
        }
        return thread;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
