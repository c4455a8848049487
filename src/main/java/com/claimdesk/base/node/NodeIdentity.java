package com.claimdesk.base.node;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this application instance when several run behind a load balancer ({@code claimdesk.node-name}, by
 * default the host name). It is sent in the {@code X-ClaimDesk-Node} response header and recorded with every run of
 * a scheduled job, so an operator (and the multi-node test) can tell which node served a request or ran the job.
 * See docs/decisions/060-several-nodes.md.
 */
@Component
public class NodeIdentity {

    /** A configured name also becomes the suffix of session ids, which nginx reads: letters, digits, - and _. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String name;

    NodeIdentity(@Value("${claimdesk.node-name:}") String configured) {
        if (StringUtils.hasText(configured) && !NAME.matcher(configured.strip()).matches()) {
            throw new IllegalArgumentException("claimdesk.node-name must be 1 to 64 letters, digits, '-' or '_': "
                    + configured);
        }
        this.name = StringUtils.hasText(configured) ? configured.strip() : hostName();
    }

    public String name() {
        return name;
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (StringUtils.hasText(env)) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
