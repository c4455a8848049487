package com.claimdesk.dossier;

import com.claimdesk.base.Money;
import com.claimdesk.base.Shipment;
import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.deadline.DeadlineKind;
import com.claimdesk.deadline.DeadlineSource;
import com.claimdesk.deadline.DeadlineState;
import com.claimdesk.deadline.DeadlineSummary;
import com.claimdesk.deadline.PlatformEvent;
import com.claimdesk.messaging.ThreadEntry;
import com.claimdesk.negotiation.OfferRound;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a dossier's sections in the chosen language: the title with case, marketplace and order; order and shipment
 * facts; the timeline; the chosen conversation; the chosen photos; tracking and signature; our offers. Dates are
 * ISO (2026-12-03) and times carry the zone named on the first page, which reads the same in every language.
 */
final class DossierWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float PHOTO_HEIGHT = 300;
    private static final float INDENT = 12;

    private final MessagesI18NProvider messages;
    private final Locale locale;
    private final ZoneId zone;

    DossierWriter(MessagesI18NProvider messages, DossierLanguage language, ZoneId zone) {
        this.messages = messages;
        this.locale = language.locale();
        this.zone = zone;
    }

    byte[] write(DossierContent content, PdfLayout pdf) {
        ComplaintDetails d = content.complaint().details();
        String caseNumber = content.complaint().caseNumber();
        String title = t("dossier.pdf.title", caseNumber);
        pdf.title(title);
        pdf.field(t("dossier.pdf.marketplace"), label(d.getMarketplace()));
        pdf.field(t("dossier.pdf.orderNumber"), d.getOrderNumber());
        pdf.field(t("dossier.pdf.claim"), label(d.getCategory()) + " — " + label(d.getSubReason()));
        pdf.field(t("dossier.pdf.prepared"), t("dossier.pdf.preparedBy", time(content.preparedAt()),
                content.preparedBy()));
        pdf.field(t("dossier.pdf.zone"), zone.getId());

        var parts = content.details().parts();
        if (parts.contains(DossierPart.FACTS)) {
            facts(pdf, d);
        }
        if (parts.contains(DossierPart.TIMELINE)) {
            timeline(pdf, content);
        }
        if (!content.messages().isEmpty()) {
            conversation(pdf, content.messages());
        }
        if (!content.photos().isEmpty()) {
            photos(pdf, content.photos());
        }
        if (parts.contains(DossierPart.TRACKING)) {
            tracking(pdf, d.getShipment());
        }
        if (parts.contains(DossierPart.OFFERS)) {
            offers(pdf, content.offers());
        }
        return pdf.finish(title, t("dossier.pdf.footer", caseNumber, d.getOrderNumber()),
                (page, count) -> t("dossier.pdf.page", page, count));
    }

    private void facts(PdfLayout pdf, ComplaintDetails d) {
        pdf.heading(t("dossier.pdf.facts"));
        pdf.field(t("dossier.pdf.orderDate"), day(d.getOrderDate()));
        pdf.field(t("dossier.pdf.orderValue"), money(d.getOrderValue(), d.getOrderCurrency()));
        pdf.field(t("dossier.pdf.shippingCost"), money(d.getShippingCost(), d.getOrderCurrency()));
        pdf.field(t("dossier.pdf.items"), orNone(d.getOrderItems()));
        pdf.field(t("dossier.pdf.sku"), orNone(d.getSku()));
        pdf.field(t("dossier.pdf.claimed"), money(d.getClaimedAmount(), d.getClaimedCurrency()));
        pdf.field(t("dossier.pdf.buyer"), orNone(d.getBuyerName()) + (d.getBuyerCountry() == null ? ""
                : " (" + d.getBuyerCountry() + ")"));
        Shipment s = d.getShipment();
        pdf.field(t("dossier.pdf.address"), orNone(s.deliveryAddress()));
        pdf.field(t("dossier.pdf.carrier"), orNone(s.carrier()));
        pdf.field(t("dossier.pdf.shippedOn"), day(s.shippedOn()));
        pdf.field(t("dossier.pdf.promisedOn"), day(s.promisedDeliveryOn()));
        pdf.field(t("dossier.pdf.deliveredOn"), day(s.deliveredOn()));
    }

    private void timeline(PdfLayout pdf, DossierContent content) {
        pdf.heading(t("dossier.pdf.timeline"));
        ComplaintDetails d = content.complaint().details();
        Shipment s = d.getShipment();
        List<Moment> moments = new ArrayList<>();
        dayMoment(moments, d.getOrderDate(), t("dossier.pdf.event.ordered"));
        dayMoment(moments, s.shippedOn(), t("dossier.pdf.event.shipped"));
        // the promised date is also a deadline: its line says whether it was met, on the day the platform shows
        DeadlineSummary promise = content.deadlines().stream()
                .filter(deadline -> deadline.kind() == DeadlineKind.PROMISED_DELIVERY).findFirst().orElse(null);
        dayMoment(moments, s.promisedDeliveryOn(), promise == null ? t("dossier.pdf.event.promised")
                : deadlineText(promise));
        dayMoment(moments, s.deliveredOn(), deliveredText(s));
        moments.add(new Moment(content.complaint().createdAt(), time(content.complaint().createdAt()),
                t("dossier.pdf.event.opened")));
        if (content.firstReplyAt() != null) {
            moments.add(new Moment(content.firstReplyAt(), time(content.firstReplyAt()),
                    t("dossier.pdf.event.firstReply")));
        }
        Map<String, Moment> platformEvents = new LinkedHashMap<>();
        for (DeadlineSummary deadline : content.deadlines()) {
            PlatformEvent event = deadline.event();
            Instant at = deadline.eventAt();
            if (event != null && at != null) {
                platformEvents.putIfAbsent(event + "@" + at, new Moment(at, time(at),
                        t("dossier.pdf.event.platform", label(event))));
            }
            // the team's own targets (first response, resolution) are internal, not the platform's deadlines
            if (deadline.source() != DeadlineSource.SLA && deadline.kind() != DeadlineKind.PROMISED_DELIVERY) {
                moments.add(new Moment(deadline.due(), time(deadline.due()), deadlineText(deadline)));
            }
        }
        moments.addAll(platformEvents.values());
        moments.sort(Comparator.comparing(Moment::at));
        for (Moment moment : moments) {
            pdf.field(moment.when(), moment.text());
        }
    }

    private String deliveredText(Shipment s) {
        if (s.promisedDeliveryOn() == null || s.deliveredOn() == null) {
            return t("dossier.pdf.event.delivered");
        }
        return t(s.deliveredOn().isAfter(s.promisedDeliveryOn()) ? "dossier.pdf.event.deliveredLate"
                : "dossier.pdf.event.deliveredInTime");
    }

    private String deadlineText(DeadlineSummary deadline) {
        String kind = label(deadline.kind());
        String state = switch (deadline.state()) {
            case MET -> t("dossier.pdf.deadline.met", time(deadline.metAt()));
            case MISSED -> t("dossier.pdf.deadline.missed");
            case EXTENDED -> t("dossier.pdf.deadline.extended", time(deadline.originalDue()));
            case OPEN -> t("dossier.pdf.deadline.open");
        };
        if (deadline.state() == DeadlineState.MET && deadline.missedAt() != null) {
            state = t("dossier.pdf.deadline.metLate", time(deadline.metAt()));
        }
        return t("dossier.pdf.deadline", kind, state);
    }

    private void conversation(PdfLayout pdf, List<ThreadEntry> entries) {
        pdf.heading(t("dossier.pdf.conversation"));
        for (ThreadEntry entry : entries) {
            pdf.keepTogether(40);
            pdf.note(label(entry.kind()) + " · " + entry.authorName() + " · " + time(entry.sentAt())
                    + (entry.channel() == null ? "" : " · " + label(entry.channel())), 0);
            pdf.paragraph(entry.body(), INDENT);
            pdf.space(6);
        }
    }

    private void photos(PdfLayout pdf, List<DossierContent.Photo> photos) {
        pdf.heading(t("dossier.pdf.photos"));
        int number = 0;
        for (DossierContent.Photo photo : photos) {
            number++;
            pdf.keepTogether(Math.min(PHOTO_HEIGHT, 200) + 40);
            pdf.image(photo.preview(), photo.item().originalFileName(), PHOTO_HEIGHT);
            var item = photo.item();
            pdf.paragraph(t("dossier.pdf.photo.caption", number, item.caption() == null
                    ? t("dossier.pdf.photo.noCaption") : item.caption()), 0);
            pdf.note(t("dossier.pdf.photo.source", label(item.source()), item.originalFileName(),
                    time(item.uploadedAt())), 0);
            pdf.space(10);
        }
    }

    private void tracking(PdfLayout pdf, Shipment s) {
        pdf.heading(t("dossier.pdf.tracking"));
        pdf.field(t("dossier.pdf.carrier"), orNone(s.carrier()));
        pdf.field(t("dossier.pdf.trackingNumber"), orNone(s.trackingNumber()));
        pdf.field(t("dossier.pdf.shippedOn"), day(s.shippedOn()));
        pdf.field(t("dossier.pdf.deliveredOn"), day(s.deliveredOn()));
        pdf.field(t("dossier.pdf.signer"), orNone(s.signerName()));
        pdf.field(t("dossier.pdf.address"), orNone(s.deliveryAddress()));
    }

    private void offers(PdfLayout pdf, List<OfferRound> offers) {
        pdf.heading(t("dossier.pdf.offers"));
        if (offers.isEmpty()) {
            pdf.paragraph(t("dossier.pdf.offers.none"), 0);
            return;
        }
        for (OfferRound offer : offers) {
            var what = new StringBuilder(label(offer.resolution()));
            if (offer.amount() != null) {
                what.append(' ').append(money(offer.amount()));
            }
            if (offer.waitDays() != null) {
                what.append(" — ").append(t("dossier.pdf.offer.waitDays", offer.waitDays()));
            }
            what.append(" — ").append(offer.answeredAt() == null ? label(offer.answer())
                    : t("dossier.pdf.offer.answered", label(offer.answer()), time(offer.answeredAt())));
            pdf.field(time(offer.proposedAt()), what.toString());
        }
    }

    private record Moment(Instant at, String when, String text) {
    }

    private void dayMoment(List<Moment> moments, @Nullable LocalDate day, String text) {
        if (day != null) {
            moments.add(new Moment(day.atStartOfDay(zone).toInstant(), day(day), text));
        }
    }

    private String t(String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    private String label(@Nullable Enum<?> value) {
        return value == null ? t("dossier.pdf.none")
                : t("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private String day(@Nullable LocalDate day) {
        return day == null ? t("dossier.pdf.none") : DAY.format(day);
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? t("dossier.pdf.none") : TIME.format(instant.atZone(zone));
    }

    private String orNone(@Nullable String text) {
        return text == null || text.isBlank() ? t("dossier.pdf.none") : text;
    }

    private String money(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null || currency == null) {
            return t("dossier.pdf.none");
        }
        return money(Money.of(amount, currency));
    }

    private static String money(Money money) {
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        return money.currencyCode() + " " + money.amount().setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }
}
