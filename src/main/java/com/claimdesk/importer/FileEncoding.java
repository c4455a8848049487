package com.claimdesk.importer;

import java.nio.charset.Charset;

/**
 * How a CSV file's bytes are text. Chinese Excel saves CSV as GBK; platforms export UTF-8, often with a byte order
 * mark. GBK is read as GB18030, its superset, so that no character of a GBK file is lost. XLSX knows its own.
 */
public enum FileEncoding {
    AUTO, UTF_8, GBK;

    static final Charset GB18030 = Charset.forName("GB18030");

    Charset charset() {
        return switch (this) {
            case UTF_8 -> java.nio.charset.StandardCharsets.UTF_8;
            case GBK -> GB18030;
            case AUTO -> throw new IllegalStateException("AUTO is detected from the file, see CharsetDetector");
        };
    }
}
