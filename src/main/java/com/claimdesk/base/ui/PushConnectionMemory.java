package com.claimdesk.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * What each open page's push WebSocket costs, cut to what it needs (measured with heap dumps of the production jar:
 * README, "Session weight").
 * <p>
 * It opens the push WebSocket without the {@code permessage-deflate} extension. Tomcat accepts it whenever a browser
 * offers it (every browser does), and then keeps, for as long as the page is open, a 32 KB inflater window, two 8 KB
 * buffers, a deflater's 8 KB input array and zlib's own native memory (a few hundred KB outside the heap) — for
 * messages that are a few hundred bytes: with Vaadin's WebSocket-and-XHR transport the browser sends nothing over the
 * socket, and the server's pushes are small updates (a badge count, a presence line). Tomcat has no switch for it, and
 * the endpoint is Atmosphere's, so the offer is taken out of the upgrade request before Tomcat's WebSocket filter,
 * which runs after the application's filters, negotiates it.
 * <p>
 * And Atmosphere gives every WebSocket a byte buffer and a character buffer of its configured WebSocket buffer size,
 * which Vaadin sets to 16 K (48 KB per open page); Atmosphere 3.0 never writes to them (they are only cleared on
 * close; sending goes straight to the WebSocket session). The size is read anew for each WebSocket, so once Vaadin
 * has set up Atmosphere (as the server starts), it is set to the least.
 */
@Configuration(proxyBeanMethods = false)
class PushConnectionMemory {

    private static final Logger log = LoggerFactory.getLogger(PushConnectionMemory.class);
    static final String UNUSED_BUFFER_SIZE = "16";

    static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pushWithoutCompressionFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                chain.doFilter(isUpgrade(request) ? withoutExtensions(request) : request, response);
            }
        });
        registration.setName("pushWithoutCompression");
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @EventListener
    void shrinkAtmosphereBuffers(WebServerInitializedEvent event) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext web) || web.getServletContext() == null) {
            return;
        }
        var context = web.getServletContext();
        for (String name : Collections.list(context.getAttributeNames())) {
            if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, UNUSED_BUFFER_SIZE);
                log.debug("Atmosphere of {}: WebSocket buffers of {}", name, UNUSED_BUFFER_SIZE);
            }
        }
    }

    static boolean isUpgrade(HttpServletRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    static HttpServletRequest withoutExtensions(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
                        : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                var names = Collections.list(super.getHeaderNames());
                names.removeIf(EXTENSIONS_HEADER::equalsIgnoreCase);
                return Collections.enumeration(names);
            }
        };
    }
}
