package com.claimdesk.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineSettingsRepository extends JpaRepository<DeadlineSettings, Integer> {
}
