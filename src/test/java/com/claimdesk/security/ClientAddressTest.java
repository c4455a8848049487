package com.claimdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void without_trusted_proxies_the_header_is_ignored_and_cannot_dodge_the_limit() {
        var address = new ClientAddress(List.of());
        assertThat(address.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behind_a_trusted_proxy_the_address_it_saw_counts_not_what_the_client_wrote_before_it() {
        var address = new ClientAddress(List.of("127.0.0.1"));
        // nginx appends the address it was called from: a client's own header stands to the left of it
        assertThat(address.of(from("127.0.0.1", "6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(address.of(from("127.0.0.1", "6.6.6.6", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(address.of(from("127.0.0.1"))).as("no header: the proxy itself").isEqualTo("127.0.0.1");
    }

    @Test
    void a_header_from_a_peer_that_is_not_a_trusted_proxy_is_ignored() {
        var address = new ClientAddress(List.of("10.0.0.5"));
        assertThat(address.of(from("203.0.113.7", "10.9.9.9"))).isEqualTo("203.0.113.7");
    }

    @Test
    void several_proxies_in_a_range_are_walked_back_to_the_client() {
        var address = new ClientAddress(List.of("10.0.0.0/8", "::1"));
        assertThat(address.of(from("10.0.0.2", "203.0.113.7, 10.0.0.1"))).isEqualTo("203.0.113.7");
        assertThat(address.of(from("0:0:0:0:0:0:0:1", "2001:db8::7"))).isEqualTo("2001:db8::7");
    }

    @Test
    void what_is_no_address_is_never_taken_for_one() {
        var address = new ClientAddress(List.of("127.0.0.1"));
        assertThat(address.of(from("127.0.0.1", "evil.example"))).isEqualTo("127.0.0.1");
        assertThat(address.of(from("127.0.0.1", "evil.example, 127.0.0.1"))).isEqualTo("127.0.0.1");
    }
}
