package com.claimdesk.search;

import org.springframework.test.util.AopTestUtils;

/** Lets a page's test lower {@code claimdesk.search.exact-count-up-to} on the context's {@link CaseSearch}. */
public final class SearchThresholds {

    private SearchThresholds() {
    }

    /** Sets the threshold and returns the one it replaces, to be put back after the test. */
    public static long countExactlyUpTo(CaseSearch search, long matches) {
        CaseSearch target = AopTestUtils.getUltimateTargetObject(search);
        long before = target.exactCountUpTo();
        target.countExactlyUpTo(matches);
        return before;
    }
}
