package com.claimdesk.complaint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

    /** My own views and the team's: team views first, then mine, each by name. */
    @Query("select f from SavedFilter f where f.team = true or f.ownerId = :ownerId order by f.team desc, f.name, f.id")
    List<SavedFilter> visibleTo(long ownerId);

    @Query("select count(f) from SavedFilter f where f.team = true")
    long countTeam();

    long countByTeamFalseAndOwnerId(long ownerId);

    /** Whether the owner (or the team) has a view of that name already, other than {@code exceptId}. */
    @Query("""
            select count(f) > 0 from SavedFilter f
            where lower(f.name) = lower(:name) and f.team = :team and (f.team = true or f.ownerId = :ownerId)
              and f.id <> :exceptId""")
    boolean nameTaken(String name, boolean team, long ownerId, long exceptId);
}
