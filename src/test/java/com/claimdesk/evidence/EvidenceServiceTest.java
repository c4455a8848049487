package com.claimdesk.evidence;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditRecord;
import com.claimdesk.audit.AuditService;
import com.claimdesk.base.NotFoundException;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.claimdesk.evidence.EvidenceSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class EvidenceServiceTest {

    @Autowired
    EvidenceService service;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AuditService auditService;
    @Autowired
    UserService users;
    @Autowired
    FileSystemEvidenceStorage storage;
    @Autowired
    EvidenceProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    private long caseId;

    @BeforeEach
    void openCaseAsAgent() {
        TestUsers.login(users, "agent");
        caseId = openCase(complaints);
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private EvidenceSummary add(String fileName, byte[] bytes) {
        return service.add(caseId, new NewEvidence(EvidenceSource.BUYER, "caption", fileName),
                new ByteArrayInputStream(bytes));
    }

    private byte[] read(long id, EvidenceVariant variant) throws IOException {
        try (EvidenceContent content = service.open(id, variant)) {
            return content.stream().readAllBytes();
        }
    }

    private List<Path> filesOfCase(long complaintId) throws IOException {
        Path dir = storage.root().resolve(Long.toString(complaintId));
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private int rowsOfCase(long complaintId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_item WHERE complaint_id = ?", Integer.class,
                complaintId);
    }

    private void assertNothingStored() throws IOException {
        assertThat(rowsOfCase(caseId)).isZero();
        assertThat(filesOfCase(caseId)).isEmpty();
        assertThat(auditService.history(caseId)).extracting(AuditRecord::action)
                .doesNotContain(AuditAction.EVIDENCE_ADDED);
    }

    @Test
    void a_jpeg_is_kept_byte_for_byte_with_its_sha256_type_and_uploader() throws IOException {
        byte[] photo = jpeg(800, 600);

        EvidenceSummary saved = service.add(caseId, new NewEvidence(EvidenceSource.OUR_PRE_SHIPMENT_PHOTO,
                "  Carton before pickup  ", "IMG_0042.JPG"), new ByteArrayInputStream(photo));

        assertThat(saved.contentType()).isEqualTo("image/jpeg");
        assertThat(saved.kind()).isEqualTo(EvidenceKind.IMAGE);
        assertThat(saved.sizeBytes()).isEqualTo(photo.length);
        assertThat(saved.sha256()).isEqualTo(sha256(photo));
        assertThat(saved.originalFileName()).isEqualTo("IMG_0042.JPG");
        assertThat(saved.caption()).isEqualTo("Carton before pickup");
        assertThat(saved.source()).isEqualTo(EvidenceSource.OUR_PRE_SHIPMENT_PHOTO);
        assertThat(saved.uploadedByName()).isEqualTo("Li Wei 李伟");
        assertThat(saved.width()).isEqualTo(800);
        assertThat(saved.height()).isEqualTo(600);
        assertThat(saved.hasPreview()).isTrue();
        assertThat(read(saved.id(), EvidenceVariant.ORIGINAL)).isEqualTo(photo);
        assertThat(service.list(caseId)).containsExactly(saved);
        assertThat(auditService.history(caseId)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.EVIDENCE_ADDED);
            assertThat(a.newValue()).isEqualTo("IMG_0042.JPG");
        });
    }

    @Test
    void png_webp_pdf_and_mp4_are_recognised_by_their_content_whatever_their_names() throws IOException {
        EvidenceSummary png = add("scan", png(300, 200));
        EvidenceSummary webp = add("photo.bin", webp());
        EvidenceSummary pdf = add("carrier-inquiry.pdf", pdf());
        EvidenceSummary isoMp4 = add("unboxing.mp4", mp4("isom"));
        EvidenceSummary mp42 = add("VID_2026.mp4", mp4("mp42"));

        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(webp.contentType()).isEqualTo("image/webp");
        assertThat(webp.hasPreview()).isTrue();
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.kind()).isEqualTo(EvidenceKind.PDF);
        assertThat(pdf.hasPreview()).isFalse();
        assertThat(isoMp4.contentType()).isEqualTo("video/mp4");
        assertThat(mp42.kind()).isEqualTo(EvidenceKind.VIDEO);
        assertThat(read(pdf.id(), EvidenceVariant.ORIGINAL)).isEqualTo(pdf());
        assertThat(service.open(mp42.id(), EvidenceVariant.ORIGINAL).contentType()).isEqualTo("video/mp4");
        assertThatThrownBy(() -> service.open(pdf.id(), EvidenceVariant.THUMBNAIL))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.list(caseId)).hasSize(5);
    }

    @Test
    void a_program_or_a_web_page_renamed_to_jpg_is_refused_by_its_content() throws IOException {
        assertThatThrownBy(() -> add("photo.jpg", exe()))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EvidenceRejectedException.Reason.WRONG_TYPE);
                    assertThat(e.messageKey()).isEqualTo("evidence.error.type");
                    assertThat(e.arguments()).containsExactly("photo.jpg", "application/x-msdownload");
                });
        assertThatThrownBy(() -> add("damage.jpg", html()))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EvidenceRejectedException.Reason.WRONG_TYPE));
        // a QuickTime movie is not an MP4, whatever it is called
        assertThatThrownBy(() -> add("clip.mp4", mp4("qt  ")))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EvidenceRejectedException.Reason.WRONG_TYPE));
        assertNothingStored();
    }

    @Test
    void a_file_over_the_size_limit_is_refused_while_streaming_and_leaves_no_row_and_no_file() throws IOException {
        long limit = properties.maxBytes();
        var endless = new CountingZeros(jpeg(10, 10), limit * 4);

        assertThatThrownBy(() -> service.add(caseId, new NewEvidence(EvidenceSource.BUYER, null, "huge.jpg"),
                endless))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EvidenceRejectedException.Reason.TOO_LARGE);
                    assertThat(e.arguments()).containsExactly("huge.jpg", "25 MB");
                });
        // it stopped at the limit instead of reading the 100 MB the client offered
        assertThat(endless.served).isLessThanOrEqualTo(limit + 64 * 1024);
        assertNothingStored();
    }

    @Test
    void an_image_claiming_100000_by_100000_pixels_is_refused_from_its_header() throws IOException {
        assertThatThrownBy(() -> add("bomb.png", pngHeaderOnly(100_000, 100_000)))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EvidenceRejectedException.Reason.TOO_MANY_PIXELS);
                    assertThat(e.arguments()).containsExactly("bomb.png", 100_000, 100_000, 50L);
                });
        assertNothingStored();
    }

    @Test
    void an_empty_file_and_an_image_with_a_broken_header_are_refused() throws IOException {
        assertThatThrownBy(() -> add("empty.jpg", new byte[0]))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EvidenceRejectedException.Reason.EMPTY));
        byte[] broken = new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 2, 1, 2, 3, 4};
        assertThatThrownBy(() -> add("broken.jpg", broken))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EvidenceRejectedException.Reason.UNREADABLE));
        assertNothingStored();
    }

    @Test
    void an_image_the_server_cannot_decode_is_kept_as_evidence_without_a_preview() throws IOException {
        byte[] headerOnly = pngHeaderOnly(40, 30);

        EvidenceSummary saved = add("truncated.png", headerOnly);

        assertThat(saved.hasPreview()).isFalse();
        assertThat(saved.width()).isEqualTo(40);
        assertThat(read(saved.id(), EvidenceVariant.ORIGINAL)).isEqualTo(headerOnly);
        assertThat(filesOfCase(caseId)).hasSize(1);
    }

    @Test
    void preview_and_thumbnail_carry_no_exif_or_gps_and_are_turned_upright() throws IOException {
        byte[] photo = jpegWithExif(60, 30, 6); // orientation 6: the camera was held turned by 90 degrees
        assertThat(jpegMarkers(photo)).contains(0xE1);
        assertThat(contains(photo, EXIF_SECRET)).isTrue();

        EvidenceSummary saved = add("IMG_GPS.jpg", photo);

        assertThat(read(saved.id(), EvidenceVariant.ORIGINAL)).isEqualTo(photo);
        for (EvidenceVariant variant : List.of(EvidenceVariant.PREVIEW, EvidenceVariant.THUMBNAIL)) {
            byte[] derived = read(saved.id(), variant);
            assertThat(jpegMarkers(derived)).as(variant + " segments").doesNotContain(0xE1).contains(0xDB);
            assertThat(contains(derived, "Exif")).as(variant + " has EXIF").isFalse();
            assertThat(contains(derived, EXIF_SECRET)).as(variant + " has the GPS text").isFalse();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(derived));
            assertThat(image.getWidth()).as(variant + " width").isEqualTo(30);
            assertThat(image.getHeight()).as(variant + " height").isEqualTo(60);
        }
        try (EvidenceContent thumbnail = service.open(saved.id(), EvidenceVariant.THUMBNAIL)) {
            assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
        }
    }

    @Test
    void large_images_are_scaled_down_to_the_preview_and_thumbnail_sizes() throws IOException {
        EvidenceSummary saved = add("wide.png", png(4000, 2000));

        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(read(saved.id(), EvidenceVariant.PREVIEW)));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(read(saved.id(), EvidenceVariant.THUMBNAIL)));
        assertThat(preview.getWidth()).isEqualTo(properties.previewSize());
        assertThat(preview.getHeight()).isEqualTo(properties.previewSize() / 2);
        assertThat(thumbnail.getWidth()).isEqualTo(properties.thumbnailSize());
        assertThat(thumbnail.getHeight()).isEqualTo(properties.thumbnailSize() / 2);
    }

    @Test
    void the_uploaded_name_is_for_display_only_and_never_becomes_a_path() throws IOException {
        EvidenceSummary saved = add("../../etc/cron.d/evil.jpg", jpeg(20, 20));

        assertThat(saved.originalFileName()).isEqualTo("evil.jpg");
        assertThat(filesOfCase(caseId)).isNotEmpty().allSatisfy(p -> assertThat(p.getFileName().toString())
                .matches("[0-9a-f-]{36}(\\.jpg|-preview\\.jpg|-thumb\\.jpg)"));
        assertThat(EvidenceService.displayFileName("C:\\Users\\li\\photo.jpg")).isEqualTo("photo.jpg");
        // U+202E turns "gpj.exe" into what looks like "exe.jpg"
        assertThat(EvidenceService.displayFileName("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(EvidenceService.displayFileName("a\r\nb.pdf")).isEqualTo("ab.pdf");
        assertThat(EvidenceService.displayFileName("   ")).isEqualTo("unnamed");
        assertThat(EvidenceService.displayFileName("x".repeat(400) + ".jpeg")).hasSize(255).endsWith("x.jpeg");
    }

    @Test
    void evidence_for_a_case_that_does_not_exist_is_refused_and_leaves_no_file() throws IOException {
        long noSuchCase = 987_654_321L;

        assertThatThrownBy(() -> service.add(noSuchCase, new NewEvidence(EvidenceSource.BUYER, null, "a.jpg"),
                new ByteArrayInputStream(jpeg(20, 20))))
                .isInstanceOf(NotFoundException.class);
        assertThat(filesOfCase(noSuchCase)).isEmpty();
    }

    @Test
    void an_agent_cannot_delete_evidence() throws IOException {
        EvidenceSummary saved = add("keep.jpg", jpeg(20, 20));

        assertThatThrownBy(() -> service.delete(saved.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(service.list(caseId)).containsExactly(saved);
        assertThat(filesOfCase(caseId)).hasSize(3);
    }

    @Test
    void a_lead_deletes_evidence_with_an_audit_line_and_its_files_go_after_the_commit() throws IOException {
        EvidenceSummary saved = add("wrong-parcel.jpg", jpeg(20, 20));
        EvidenceSummary other = add("label.pdf", pdf());
        assertThat(filesOfCase(caseId)).hasSize(4);

        TestUsers.login(users, "lead");
        service.delete(saved.id());

        assertThat(service.list(caseId)).containsExactly(other);
        assertThat(filesOfCase(caseId)).hasSize(1);
        assertThatThrownBy(() -> service.open(saved.id(), EvidenceVariant.ORIGINAL))
                .isInstanceOf(NotFoundException.class);
        assertThat(auditService.history(caseId)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.EVIDENCE_DELETED);
            assertThat(a.oldValue()).isEqualTo("wrong-parcel.jpg");
            assertThat(a.actorName()).isEqualTo("Liu Yang 刘洋");
        });
    }

    @Test
    void nobody_signed_in_can_read_evidence() {
        EvidenceSummary saved = add("private.jpg", jpeg(20, 20));
        TestUsers.logout();

        assertThatThrownBy(() -> service.open(saved.id(), EvidenceVariant.ORIGINAL))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> service.list(caseId))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    /** A stream that starts with real bytes and then offers zeros up to a size, counting what it handed out. */
    private static final class CountingZeros extends InputStream {
        private final byte[] head;
        private final long size;
        long served;

        CountingZeros(byte[] head, long size) {
            this.head = head;
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            int b = served < head.length ? head[(int) served] & 0xff : 0;
            served++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            for (int i = 0; i < n; i++) {
                long at = served + i;
                buffer[offset + i] = at < head.length ? head[(int) at] : 0;
            }
            served += n;
            return n;
        }
    }
}
