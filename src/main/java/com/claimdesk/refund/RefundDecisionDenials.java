package com.claimdesk.refund;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An attempt to decide a refund without the role for it (an agent calling approve) is stopped by method security
 * before {@link RefundService} runs. It is still a denied decision, so it goes into the case's history and the log
 * like the denials the request itself refuses.
 */
@Component
class RefundDecisionDenials {

    private static final Logger log = LoggerFactory.getLogger(RefundDecisionDenials.class);

    private final RefundRequestRepository requests;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;

    RefundDecisionDenials(RefundRequestRepository requests, AuditLog audit, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        if (!(event.getSource() instanceof MethodInvocation invocation)
                || invocation.getMethod().getDeclaringClass() != RefundService.class
                || !(invocation.getMethod().getName().equals("approve") || invocation.getMethod().getName().equals("reject"))
                || invocation.getArguments().length == 0 || !(invocation.getArguments()[0] instanceof Long requestId)) {
            return;
        }
        Authentication who = event.getAuthentication().get();
        String name = who == null ? "anonymous" : who.getName();
        log.warn("Refund {} {} by {} refused: role", requestId, invocation.getMethod().getName(), name);
        ownTransaction.executeWithoutResult(s -> requests.findById(requestId.longValue()).ifPresent(r -> audit.record(
                r.getComplaintId(), AuditAction.REFUND_DENIED, "refund.error.role", null,
                "refund " + requestId + " · " + invocation.getMethod().getName() + " · " + name)));
    }
}
