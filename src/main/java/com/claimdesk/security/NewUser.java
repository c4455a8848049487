package com.claimdesk.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** What an admin enters to create a user. A mutable bean because the form binds to it. */
public class NewUser {

    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = 64, message = "{user.username.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
    private String username = "";

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 120, message = "{field.tooLong}")
    private String displayName = "";

    @Email(message = "{field.email}")
    @Size(max = 254, message = "{field.tooLong}")
    private String email = "";

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.of(Role.AGENT);

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username.trim(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? "" : displayName.trim(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? "" : email.trim(); }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }
}
