package com.claimdesk.settlement;

import com.claimdesk.audit.AuditAction;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.base.Money;
import com.claimdesk.settings.TeamSettingsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a back-dated settlement for start-up seeding (demo data), converted with the rates of its day. It goes
 * through the aggregate; it is not a service and no view can reach it. The caller's transaction writes the case and
 * its settlement together.
 */
@Component
@com.claimdesk.base.ConditionalOnDemoMode
public class SettlementSeedWriter {

    private final SettlementRepository settlements;
    private final TeamSettingsService settings;
    private final AuditLog audit;

    SettlementSeedWriter(SettlementRepository settlements, TeamSettingsService settings, AuditLog audit) {
        this.settlements = settlements;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('SYSTEM')")
    public void write(long complaintId, SettlementForm form, Instant settledAt, long settledById) {
        String base = settings.limits().baseCurrency();
        LocalDate day = LocalDate.ofInstant(settledAt, ZoneOffset.UTC);
        List<Settlement.BookedLine> lines = new ArrayList<>();
        for (CostLine line : form.getCosts()) {
            // a refund line names its refund request, as any settlement's must (RefundSeedWriter writes it)
            lines.add(new Settlement.BookedLine(line.getKind(),
                    settings.toBase(Money.of(line.getAmount(), line.getCurrency()), day), line.getRefundRequestId(),
                    line.getNote()));
        }
        var settlement = new Settlement(complaintId, base, settledAt, settledById);
        settlement.record(form, base, lines);
        settlements.save(settlement);
        audit.record(complaintId, AuditAction.SETTLED, "settlement", null, settlement.describe());
    }
}
