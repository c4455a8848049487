package com.claimdesk.complaint;

/** A case as a page showed it: a change to it goes ahead only if it is still at this version. */
public record CaseVersion(String caseNumber, long version) {

    public static CaseVersion of(ComplaintListItem item) {
        return new CaseVersion(item.caseNumber(), item.version());
    }
}
