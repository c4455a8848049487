package com.claimdesk.base;

import com.claimdesk.base.i18n.MessagesI18NProvider;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.complaint.SubReason;
import com.claimdesk.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages are complete: the same keys, and a label for every enum value the UI shows. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void english_and_chinese_have_the_same_keys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void every_enum_value_shown_in_the_ui_has_a_label_in_both_languages() {
        var provider = new MessagesI18NProvider();
        List<Enum<?>> values = new java.util.ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Category.class, SubReason.class, ComplaintStatus.class,
                Marketplace.class, Priority.class, Role.class, QueueFilter.AssigneeScope.class,
                com.claimdesk.messaging.MessageKind.class, com.claimdesk.messaging.MessageChannel.class,
                com.claimdesk.audit.AuditAction.class, com.claimdesk.evidence.EvidenceSource.class,
                com.claimdesk.negotiation.Resolution.class, com.claimdesk.negotiation.Answer.class,
                com.claimdesk.negotiation.Proposer.class, com.claimdesk.refund.RefundMethod.class,
                com.claimdesk.refund.RefundStatus.class, com.claimdesk.settings.ApprovalLevel.class,
                com.claimdesk.complaint.RootCause.class, com.claimdesk.complaint.Responsibility.class,
                com.claimdesk.settlement.CostKind.class, com.claimdesk.settlement.FeedbackOutcome.class,
                com.claimdesk.notification.NotificationKind.class, com.claimdesk.review.Rating.class,
                QueueFilter.Due.class,
                com.claimdesk.deadline.DeadlineKind.class, com.claimdesk.deadline.DeadlineSource.class,
                com.claimdesk.deadline.DeadlineState.class, com.claimdesk.deadline.Counting.class,
                com.claimdesk.deadline.OffsetUnit.class, com.claimdesk.deadline.PlatformEvent.class,
                com.claimdesk.importer.ImportField.class, com.claimdesk.importer.ImportKind.class,
                com.claimdesk.importer.FileEncoding.class, com.claimdesk.order.UpsertOutcome.class,
                com.claimdesk.report.ReportRows.AgeBucket.class, com.claimdesk.report.ReportRows.CostDimension.class,
                com.claimdesk.report.ReportRows.DisputeState.class)) {
            values.addAll(List.of(type.getEnumConstants()));
        }
        for (Locale locale : provider.getProvidedLocales()) {
            for (Enum<?> e : values) {
                String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
                assertThat(provider.getTranslation(key, locale)).as(key + " in " + locale).doesNotStartWith("!");
            }
        }
    }

    /** Every literal key the code asks for exists, so no user ever sees "!some.key". */
    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        var keys = load("messages.properties").stringPropertyNames();
        var pattern = java.util.regex.Pattern.compile(
                "(?:getTranslation|describeKey|translate)\\(\\s*\"([a-zA-Z][\\w.]*[\\w])\"");
        var missing = new java.util.TreeSet<String>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = pattern.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    // keys that end in a dot are prefixes completed at run time (enum names, status actions)
                    if (!key.endsWith(".") && !keys.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chinese_is_served_for_any_chinese_locale_and_english_otherwise() {
        var provider = new MessagesI18NProvider();
        assertThat(provider.getTranslation("nav.queue", Locale.TRADITIONAL_CHINESE))
                .isEqualTo(provider.getTranslation("nav.queue", Locale.SIMPLIFIED_CHINESE));
        assertThat(provider.getTranslation("nav.queue", Locale.GERMAN)).isEqualTo("Queue");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void arguments_are_formatted_for_the_locale() {
        var provider = new MessagesI18NProvider();
        assertThat(provider.getTranslation("case.earlierCases", Locale.ENGLISH, 1200L)).contains("1,200");
    }
}
