package com.claimdesk.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamSettingsRepository extends JpaRepository<TeamSettings, Integer> {
}
