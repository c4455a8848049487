package com.claimdesk.settings;

import com.claimdesk.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** The single row of the team's money settings. */
@Entity
@Table(name = "team_settings")
class TeamSettings {

    static final int THE_ROW = 1;

    @Id
    private Integer id;

    @Column(name = "base_currency", nullable = false, length = 3)
    private String baseCurrency;

    @Column(name = "agent_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal agentLimit;

    @Column(name = "manager_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal managerLimit;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Version
    private long version;

    protected TeamSettings() {
    }

    /** The limits must make sense together: neither negative, and a manager may approve at least what an agent may. */
    void change(String baseCurrency, BigDecimal agentLimit, BigDecimal managerLimit, Long by, Instant now) {
        try {
            Currency.getInstance(baseCurrency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException("money.currency", "Unknown currency " + baseCurrency);
        }
        if (agentLimit == null || managerLimit == null || agentLimit.signum() < 0 || managerLimit.signum() < 0) {
            throw new DomainException("settings.error.limitNegative", "Limits must not be negative");
        }
        if (managerLimit.compareTo(agentLimit) < 0) {
            throw new DomainException("settings.error.limitOrder", "Manager limit below agent limit");
        }
        this.baseCurrency = baseCurrency;
        this.agentLimit = agentLimit;
        this.managerLimit = managerLimit;
        this.updatedById = by;
        this.updatedAt = now;
    }

    String getBaseCurrency() { return baseCurrency; }
    BigDecimal getAgentLimit() { return agentLimit; }
    BigDecimal getManagerLimit() { return managerLimit; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
