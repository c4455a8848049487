package com.claimdesk.api;

import com.claimdesk.complaint.CaseCursor;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.ComplaintListItem;
import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.complaint.ComplaintStatus;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.QueueFilter;
import com.claimdesk.evidence.EvidenceService;
import com.claimdesk.evidence.EvidenceSource;
import com.claimdesk.evidence.NewEvidence;
import com.claimdesk.messaging.MessageChannel;
import com.claimdesk.messaging.NewMessage;
import com.claimdesk.messaging.ThreadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Cases: create, read, list; their thread and their evidence. */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases")
public class CaseApiController {

    private final ComplaintService complaints;
    private final ThreadService threads;
    private final EvidenceService evidence;
    private final com.claimdesk.deadline.DeadlineService deadlines;

    CaseApiController(ComplaintService complaints, ThreadService threads, EvidenceService evidence,
                      com.claimdesk.deadline.DeadlineService deadlines) {
        this.deadlines = deadlines;
        this.complaints = complaints;
        this.threads = threads;
        this.evidence = evidence;
    }

    @GetMapping
    @Operation(summary = "Cases, newest first, one page at a time",
            description = "Filters combine with AND. Pass the nextCursor of a page as cursor for the next one.")
    public PageResource<CaseListEntry> list(
            @RequestParam(name = "status", required = false) Set<ComplaintStatus> statuses,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Marketplace marketplace,
            @Parameter(description = "ME, UNASSIGNED or ANYONE (default)")
            @RequestParam(required = false) QueueFilter.AssigneeScope assignee,
            @Parameter(description = "case, order, buyer or tracking number, or words in the thread")
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int limit) {
        Cursors.Position from = Cursors.decode(cursor);
        var filter = new QueueFilter(statuses, category, marketplace, assignee, text);
        int size = Math.clamp(limit, 1, ComplaintService.MAX_PAGE_SIZE);
        List<ComplaintListItem> page = complaints.page(filter,
                from == null ? null : new CaseCursor(from.at(), from.id()), size);
        String next = page.size() < size ? null
                : Cursors.encode(page.getLast().createdAt(), page.getLast().id());
        return new PageResource<>(page.stream().map(CaseListEntry::of).toList(), next);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a case", description = "201 with the case; its address is in Location.")
    public ResponseEntity<CaseResource> create(@RequestBody CaseInput input) {
        if (input == null) {
            throw new ApiBadRequestException("api.error.body", "No body");
        }
        ComplaintDetails details = input.applyTo(complaints.prefill(input.marketplace(), input.orderNumber())
                .orElseGet(ComplaintDetails::new));
        String caseNumber = complaints.open(details);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber))
                .body(CaseResource.of(complaints.get(caseNumber)));
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "One case")
    public CaseResource get(@PathVariable String caseNumber) {
        return CaseResource.of(complaints.get(caseNumber));
    }

    @GetMapping("/{caseNumber}/messages")
    @Operation(summary = "The thread of a case, oldest first (notes included: they are internal)")
    public List<MessageResource> messages(@PathVariable String caseNumber) {
        return threads.thread(complaints.get(caseNumber).id()).stream().map(MessageResource::of).toList();
    }

    @PostMapping(path = "/{caseNumber}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a buyer message, a reply or an internal note")
    public ResponseEntity<MessageResource> addMessage(@PathVariable String caseNumber,
                                                      @RequestBody MessageInput input) {
        if (input == null) {
            throw new ApiBadRequestException("api.error.body", "No body");
        }
        ComplaintSnapshot c = complaints.get(caseNumber);
        var message = new NewMessage();
        message.setKind(input.kind());
        message.setChannel(input.channel() == null ? MessageChannel.OTHER : input.channel());
        message.setLanguage(input.language() == null ? "en" : input.language());
        message.setBody(input.body());
        if (input.sentAt() != null) {
            message.setSentAt(LocalDateTime.ofInstant(input.sentAt(), ZoneOffset.UTC));
        }
        var entry = threads.add(c.id(), message, ZoneOffset.UTC);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.caseNumber() + "/messages"))
                .body(MessageResource.of(entry));
    }

    @GetMapping("/{caseNumber}/deadlines")
    @Operation(summary = "The deadlines of a case: platform dates, team SLA targets, custom ones, with their state")
    public List<DeadlineResource> deadlines(@PathVariable String caseNumber) {
        return deadlines.forCase(complaints.get(caseNumber).id()).stream().map(DeadlineResource::of).toList();
    }

    @PostMapping(path = "/{caseNumber}/deadlines", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a deadline read off the platform (kind, due), or enter a platform event (event, "
            + "occurredAt) whose marketplace rules compute the dates")
    public ResponseEntity<List<DeadlineResource>> addDeadline(@PathVariable String caseNumber,
                                                              @RequestBody DeadlineInput input) {
        if (input == null || (input.event() == null) == (input.kind() == null)) {
            throw new ApiBadRequestException("api.error.deadlineInput", "Give either kind and due, or event and occurredAt");
        }
        long id = complaints.get(caseNumber).id();
        List<com.claimdesk.deadline.DeadlineSummary> added;
        if (input.event() != null) {
            if (input.occurredAt() == null) {
                throw new ApiBadRequestException("api.error.deadlineInput", "An event needs occurredAt");
            }
            added = deadlines.enterEvent(id, input.event(), input.occurredAt());
        } else {
            if (input.due() == null) {
                throw new ApiBadRequestException("api.error.deadlineInput", "A deadline needs due");
            }
            added = List.of(deadlines.add(id, input.kind(), input.due(), input.note()));
        }
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/deadlines"))
                .body(added.stream().map(DeadlineResource::of).toList());
    }

    @GetMapping("/{caseNumber}/evidence")
    @Operation(summary = "The evidence of a case (metadata)")
    public List<EvidenceResource> evidence(@PathVariable String caseNumber) {
        return evidence.list(complaints.get(caseNumber).id()).stream().map(EvidenceResource::of).toList();
    }

    @PostMapping(path = "/{caseNumber}/evidence", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, "image/*",
            "video/*", MediaType.APPLICATION_PDF_VALUE})
    @Operation(summary = "Add a file as evidence",
            description = "The body is the file itself (not multipart). It is checked like an upload in the "
                    + "browser: by its content (JPEG, PNG, WebP, MP4, PDF), its size and, for images, its pixels.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary"))))
    public ResponseEntity<EvidenceResource> addEvidence(
            @PathVariable String caseNumber, @RequestParam String fileName,
            @RequestParam(defaultValue = "BUYER") EvidenceSource source,
            @RequestParam(required = false) String caption, HttpServletRequest request) throws IOException {
        ComplaintSnapshot c = complaints.get(caseNumber);
        try (InputStream body = request.getInputStream()) {
            var added = evidence.add(c.id(), new NewEvidence(source, caption, fileName), body);
            return ResponseEntity.created(URI.create("/api/v1/cases/" + c.caseNumber() + "/evidence"))
                    .body(EvidenceResource.of(added));
        }
    }
}
