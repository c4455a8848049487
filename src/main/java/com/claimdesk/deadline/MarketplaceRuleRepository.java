package com.claimdesk.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MarketplaceRuleRepository extends JpaRepository<MarketplaceRule, Long> {

    List<MarketplaceRule> findByEventAndActiveTrue(PlatformEvent event);
}
