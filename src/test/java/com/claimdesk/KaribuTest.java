package com.claimdesk;

import com.claimdesk.security.UserService;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * UI tests in the JVM: the real Spring context and database, Vaadin mocked by Karibu. {@link #login(String)} puts
 * the user both into Spring's security context and onto the fake request, because Vaadin's access checker asks
 * the request.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected UserService userService;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = discoverRoutes();
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** The application's routes, found once per JVM (for tests that set up many sessions themselves). */
    protected static Routes routes() {
        if (routes == null) {
            routes = discoverRoutes();
        }
        return routes;
    }

    /** A fresh browser session, e.g. to sign in as someone else. */
    protected void setUpVaadinAgain() {
        setUpVaadin();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.logout();
    }

    /**
     * Karibu's own discovery sees public classes only; our views are package-private (views are reached through
     * the router, never by other code), so the routes are found with Spring's scanner instead
     * (docs/decisions/002-shell-package-and-routes.md).
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var found = new Routes().autoDiscoverViews("com.claimdesk");
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
                com.vaadin.flow.router.Route.class));
        for (var candidate : scanner.findCandidateComponents("com.claimdesk")) {
            try {
                found.getRoutes().add((Class<? extends com.vaadin.flow.component.Component>)
                        Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    protected void login(String username) {
        Authentication auth = TestUsers.login(userService, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** Navigates like a typed address, query parameters included. */
    protected static void navigate(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, q),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
    }
}
