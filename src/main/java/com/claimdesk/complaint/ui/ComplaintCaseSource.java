package com.claimdesk.complaint.ui;

import com.claimdesk.complaint.ComplaintService;
import com.claimdesk.complaint.ComplaintSnapshot;
import com.claimdesk.workspace.CaseSource;
import com.claimdesk.workspace.LoadedCase;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The case page shows complaints: loaded by number, titled with the number and the buyer's name. */
@SpringComponent
class ComplaintCaseSource implements CaseSource {

    private final ComplaintService service;

    ComplaintCaseSource(ComplaintService service) {
        this.service = service;
    }

    @Override
    public LoadedCase load(String caseNumber) {
        ComplaintSnapshot s = service.get(caseNumber);
        return new LoadedCase(s.id(), s.caseNumber(), s.version(),
                s.caseNumber() + " · " + s.details().getBuyerName(), s);
    }
}
