package com.claimdesk.messaging;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.List;

interface CaseMessageRepository extends Repository<CaseMessage, Long> {

    CaseMessage save(CaseMessage message);

    List<CaseMessage> findByComplaintIdOrderBySentAtAscIdAsc(long complaintId);

    List<CaseMessage> findByComplaintIdInOrderBySentAtAscIdAsc(java.util.Collection<Long> complaintIds);

    @Query("select min(m.sentAt) from CaseMessage m where m.complaintId = :complaintId and m.kind = com.claimdesk.messaging.MessageKind.REPLY")
    @Nullable Instant firstReplyAt(long complaintId);
}
