package com.claimdesk.base.node;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeIdentityTest {

    @Test
    void a_configured_name_is_used_and_must_fit_a_session_id_suffix() {
        assertThat(new NodeIdentity(" node-a ").name()).isEqualTo("node-a");
        assertThat(new NodeIdentity("").name()).isNotBlank(); // the host name
        assertThatThrownBy(() -> new NodeIdentity("node a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimdesk.node-name");
        assertThatThrownBy(() -> new NodeIdentity("node.a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_response_names_the_node() throws Exception {
        var response = new MockHttpServletResponse();
        new NodeHeaderFilter("node-b").doFilter(new MockHttpServletRequest("GET", "/login"), response,
                new MockFilterChain());
        assertThat(response.getHeader("X-ClaimDesk-Node")).isEqualTo("node-b");
    }
}
