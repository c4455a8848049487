package com.claimdesk.evidence;

import com.claimdesk.IntegrationTest;
import com.claimdesk.TestUsers;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * How long a 10 MB phone-size JPEG takes from the upload stream to a servable thumbnail: receiving and hashing,
 * Tika, the header check, decoding and scaling, writing three files and the row. Prints its figures and asserts
 * nothing about time (shared/STYLE.md). Not part of {@code ./mvnw test} (the name does not end in "Test"); run it
 * with {@code ./mvnw test -Dtest=EvidenceUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class EvidenceUploadBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    @Autowired
    EvidenceService service;
    @Autowired
    ComplaintService complaints;
    @Autowired
    UserService users;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void upload_of_a_10_mb_jpeg_to_its_thumbnail() throws IOException {
        TestUsers.login(users, "agent");
        long caseId = EvidenceSamples.openCase(complaints);
        // random noise barely compresses: 4000 x 3000 (12 MP, a phone camera) at quality 0.9 is about 10 MB
        byte[] photo = EvidenceSamples.noisyJpeg(4000, 3000, 0.9f, 42);
        System.out.printf(Locale.ROOT, "%nEvidence benchmark: JPEG 4000 x 3000, %.1f MB, JVM max heap %d MB%n",
                photo.length / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);

        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            EvidenceSummary saved = service.add(caseId, new NewEvidence(EvidenceSource.BUYER, null, "big.jpg"),
                    new ByteArrayInputStream(photo));
            int thumbnailBytes;
            try (EvidenceContent thumbnail = service.open(saved.id(), EvidenceVariant.THUMBNAIL)) {
                thumbnailBytes = thumbnail.stream().readAllBytes().length;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "  %s %d: upload to thumbnail %d ms (thumbnail %d bytes)%n",
                    i < WARM_UP ? "warm-up" : "run", i < WARM_UP ? i + 1 : i - WARM_UP + 1, millis, thumbnailBytes);
        }
    }
}
