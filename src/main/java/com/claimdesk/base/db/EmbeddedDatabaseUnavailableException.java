package com.claimdesk.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.nio.file.Path;

/** The embedded MariaDB could not start; the failure analyzer turns it into advice instead of a stack trace. */
public class EmbeddedDatabaseUnavailableException extends IllegalStateException {

    EmbeddedDatabaseUnavailableException(Path dataDir, Throwable cause) {
        super("Could not start the embedded MariaDB in " + dataDir + ": " + cause.getMessage(), cause);
    }

    static class Analyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "No database is configured, so ClaimDesk tried to start its embedded MariaDB. Either configure "
                            + "an external MariaDB with CLAIMDESK_DB_URL, CLAIMDESK_DB_USER and CLAIMDESK_DB_PASSWORD "
                            + "(the production jar carries no embedded database binaries; see README), or check that "
                            + "the data folder is writable and not used by another running ClaimDesk.",
                    cause);
        }
    }
}
