package com.claimdesk.demo;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.MessageKind;
import com.claimdesk.messaging.ThreadSeedWriter;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A believable first exchange for each demo case: the buyer's complaint, our first answer, sometimes a note. */
final class DemoConversations {

    private static final Map<Category, String> OPENERS = Map.of(
            Category.NOT_RECEIVED, "Hello, my order %s still has not arrived and the tracking has not changed for days. "
                    + "Where is my parcel? I need it urgently.",
            Category.QUALITY, "Hi, I received order %s today but it is not OK. Please see the photos I will send. "
                    + "What can you do?",
            Category.NOT_AS_DESCRIBED, "The item from order %s is not what your listing shows. I am disappointed.",
            Category.WRONG_ITEM, "You sent me the wrong item for order %s. I ordered something else.",
            Category.SHORT_SHIPMENT, "Order %s arrived but pieces are missing. I counted twice.",
            Category.LATE_DELIVERY, "Order %s arrived much later than the date you promised. I want compensation.",
            Category.NEGATIVE_FEEDBACK, "I left feedback about order %s because I was not happy with the experience.",
            Category.COST_CLAIM, "For order %s I had to pay extra costs that nobody told me about. I want them back, "
                    + "otherwise I will ask my bank for a chargeback.");

    private DemoConversations() {
    }

    static void write(ThreadSeedWriter writer, long caseId, DemoDataSeeder.DemoCase c, String agentName, Instant now) {
        var d = c.details();
        Instant opened = c.createdAt();
        String lang = d.getBuyer().buyerLanguage();
        writer.write(caseId, MessageKind.BUYER_MESSAGE, MessageChannel.PLATFORM_MESSAGE, null, d.getBuyerName(), lang,
                OPENERS.get(d.getCategory()).formatted(d.getOrderNumber()), opened.minus(Duration.ofMinutes(12)));
        if (c.finalStatus() == ComplaintStatus.NEW || c.assigneeId() == null) {
            return;
        }
        Instant answered = earliest(opened.plus(c.stepEvery().dividedBy(2)), now.minusSeconds(60));
        String firstName = d.getBuyerName().split(" ")[0];
        writer.write(caseId, MessageKind.REPLY, MessageChannel.PLATFORM_MESSAGE, c.assigneeId(), agentName, "en",
                "Dear " + firstName + ", thank you for contacting us and sorry for the trouble with order "
                        + d.getOrderNumber() + ". We are checking this now and will come back to you within 24 hours. "
                        + "Could you please send us photos or a screenshot that shows the problem?", answered);
        if (d.getSummary() != null && !d.getSummary().isBlank()) {
            writer.write(caseId, MessageKind.NOTE, null, c.assigneeId(), agentName, null, d.getSummary(),
                    earliest(answered.plusSeconds(300), now.minusSeconds(30)));
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
