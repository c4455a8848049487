package com.claimdesk.demo;

import com.claimdesk.security.Role;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo users, one per role ({@code demo/users.yaml}), and their shared password. Plain constants, so that code
 * and tests can name them without the demo beans, which exist only in demo mode.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo1234";

    static final List<DemoTexts.User> ALL = DemoTexts.get().users;

    public static final List<String> USERNAMES = ALL.stream().map(DemoTexts.User::username).toList();

    private DemoUsers() {
    }

    /** The ids of the demo users with that role, of those in {@code ids} (username to id). */
    static Set<Long> idsOf(Role role, Map<String, Long> ids) {
        return ALL.stream().filter(u -> u.role() == role).map(u -> ids.get(u.username()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** What the console shows at every start in demo mode. */
    static String logins() {
        // printed on every start, on purpose: a demo is useless if the person who started it cannot sign in
        String line = "================================================================";
        StringBuilder out = new StringBuilder();
        out.append('\n').append(line).append('\n');
        out.append(" ClaimDesk DEMO MODE (made-up data). Sign in as one of:\n");
        out.append("   %-9s %-10s %-8s %s%n".formatted("username", "password", "role", "name"));
        for (DemoTexts.User u : ALL) {
            out.append("   %-9s %-10s %-8s %s%n".formatted(u.username(), PASSWORD, u.role(), u.displayName()));
        }
        out.append(" A demo user that existed before keeps its own password.\n");
        out.append(line).append('\n');
        return out.toString();
    }
}
