package com.claimdesk.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** What an admin enters to create an API token. A mutable bean because the form binds to it. */
public class NewApiToken {

    /** Roles a token may carry: case work only; user and token administration stays in the browser. */
    public static final Set<Role> GRANTABLE = EnumSet.of(Role.AGENT, Role.MANAGER, Role.LEAD);

    @NotBlank(message = "{field.required}")
    @Size(max = 80, message = "{field.tooLong}")
    private String name = "";

    @NotNull(message = "{field.required}")
    private Long ownerId;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.of(Role.AGENT);

    @Future(message = "{apiToken.expires.future}")
    private LocalDate expiresOn;

    @AssertTrue(message = "{apiToken.error.roleNotGrantable}")
    public boolean isRolesGrantable() {
        return GRANTABLE.containsAll(roles);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.trim(); }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
}
