package com.claimdesk.base.node;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code claimdesk.node-name} set, Tomcat appends the node name to every session id
 * ({@code JSESSIONID=4F0C…A1.node-a}, Tomcat's "jvmRoute"). The load balancer reads that suffix and sends each browser
 * back to the node that holds its session, which a Vaadin UI needs (its state lives in the HTTP session of one node).
 * The suffix survives the session id change at sign-in, unlike a hash of the whole cookie. See
 * docs/decisions/060-several-nodes.md and docker/nginx/claimdesk.conf.template.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("claimdesk.node-name")
class SessionRouteConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionRoute(NodeIdentity node) {
        return factory -> factory.addContextCustomizers(context -> {
            // context → host → engine; the session manager reads the route from the engine when it starts
            Container host = context.getParent();
            if (host != null && host.getParent() instanceof Engine engine) {
                engine.setJvmRoute(node.name());
            }
        });
    }
}
