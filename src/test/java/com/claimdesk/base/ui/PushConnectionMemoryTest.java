package com.claimdesk.base.ui;

import com.claimdesk.HttpTest;
import jakarta.servlet.ServletContext;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The push WebSocket of the app as it runs, opened by hand the way a browser opens it. */
@HttpTest
class PushConnectionMemoryTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;

    @Test
    void the_push_websocket_opens_without_compression_although_the_browser_offers_it() throws IOException {
        List<String> head = upgrade("/VAADIN/push?v-r=push&v-uiId=0&v-pushId=none&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-Framework=3.1.5-javascript"
                + "&Content-Type=application/json;%20charset=UTF-8");
        assertThat(head.getFirst()).contains(" 101 ");
        assertThat(head).noneMatch(line -> line.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void atmosphere_gives_new_websockets_the_least_buffers_it_never_writes_to() {
        var atmospheres = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute).filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast).toList();
        assertThat(atmospheres).as("Vaadin's Atmosphere, set up as the server started").isNotEmpty();
        assertThat(atmospheres).allSatisfy(a -> assertThat(a.getAtmosphereConfig()
                .getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE)).isEqualTo(PushConnectionMemory.UNUSED_BUFFER_SIZE));
    }

    /** The status line and headers of the answer to a WebSocket upgrade offering permessage-deflate. */
    private List<String> upgrade(String path) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\n"
                    + "Origin: http://127.0.0.1:" + port + "\r\n"
                    + "Upgrade: websocket\r\n"
                    + "Connection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        }
    }
}
