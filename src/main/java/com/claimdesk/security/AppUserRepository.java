package com.claimdesk.security;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select count(u) from AppUser u join u.roles r where r = com.claimdesk.security.Role.ADMIN and u.enabled = true")
    long countEnabledAdmins();

    /** Every user with their roles, in one query (each user's roles on their own were one query per user). */
    @EntityGraph(attributePaths = "roles")
    @Query("select u from AppUser u order by u.displayName")
    List<AppUser> findAllOrdered();

    @Query("select distinct u.id from AppUser u join u.roles r where r in :roles and u.enabled = true order by u.id")
    List<Long> enabledIdsWithAnyRole(java.util.Collection<Role> roles);
}
