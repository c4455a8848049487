package com.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a sign-in comes from, for throttling and the login audit. By default the address of the connection.
 * Behind a reverse proxy (nginx) every connection comes from the proxy, so with {@code claimdesk.login.trusted-proxies}
 * set, a connection from such a proxy is traced back through {@code X-Forwarded-For}, from the right: each proxy
 * appends the address it was called from, so the first address that is not a trusted proxy is the client. Whatever
 * a client writes into the header itself stands to the left of that and is never believed; from any other peer the
 * header is ignored. (When Tomcat already resolves the address, {@code server.forward-headers-strategy=native}, the
 * connection address is the client's and this adds nothing.)
 */
final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    // digits, hex letters, dots and colons only: IpAddressMatcher would otherwise look a host name up in DNS
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IP_LITERAL.matcher(hop).matches()) {
                // not written by a proxy of ours: stop believing the header here
                return i == hops.size() - 1 ? peer : hops.get(i + 1);
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.getFirst();
    }

    private boolean trusted(String address) {
        if (address == null || trustedProxies.isEmpty() || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return trustedProxies.stream().anyMatch(m -> m.matches(address));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
