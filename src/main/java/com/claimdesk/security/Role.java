package com.claimdesk.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. A manager does everything an agent does, a team lead everything a manager does; an admin
 * manages users and settings and works cases only if also given a case role.
 */
public enum Role {
    AGENT, MANAGER, LEAD, ADMIN;

    /** The authority names used in {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final String AGENT_ROLE = "AGENT";
    public static final String MANAGER_ROLE = "MANAGER";
    public static final String LEAD_ROLE = "LEAD";
    public static final String ADMIN_ROLE = "ADMIN";

    /** This role and the roles it includes. */
    public Set<Role> withImplied() {
        return switch (this) {
            case AGENT -> EnumSet.of(AGENT);
            case MANAGER -> EnumSet.of(AGENT, MANAGER);
            case LEAD -> EnumSet.of(AGENT, MANAGER, LEAD);
            case ADMIN -> EnumSet.of(ADMIN);
        };
    }

    public static Set<Role> effective(Set<Role> assigned) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        assigned.forEach(r -> all.addAll(r.withImplied()));
        return all;
    }
}
