package com.claimdesk.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByPrefix(String prefix);

    @Query("select t from ApiToken t join fetch t.owner order by t.revokedAt asc nulls first, t.createdAt desc")
    List<ApiToken> findAllForAdmin();

    /** Only when the stored time is older than {@code before}: a busy token writes at most once a minute. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
