package com.claimdesk.workspace;

/**
 * Loads the case the page at {@code /cases/{caseNumber}} shows. Implemented by the module that owns cases, so that
 * the page knows no feature: every part of it is contributed.
 */
public interface CaseSource {

    /**
     * The case with this number as the page shows it; an unknown number throws the owner's not-found exception,
     * which the router turns into the friendly not-found page.
     */
    LoadedCase load(String caseNumber);
}
