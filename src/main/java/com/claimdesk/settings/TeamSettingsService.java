package com.claimdesk.settings;

import com.claimdesk.base.DomainException;
import com.claimdesk.base.Money;
import com.claimdesk.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** The base currency, the approval limits and the exchange rates: read by everyone, changed by admins. */
@Service
@Validated
public class TeamSettingsService {

    private static final Logger log = LoggerFactory.getLogger(TeamSettingsService.class);

    private final TeamSettingsRepository settings;
    private final ExchangeRateRepository rates;
    private final Clock clock;

    TeamSettingsService(TeamSettingsRepository settings, ExchangeRateRepository rates, Clock clock) {
        this.settings = settings;
        this.rates = rates;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public TeamLimits limits() {
        TeamSettings s = row();
        return new TeamLimits(s.getBaseCurrency(), Money.of(s.getAgentLimit(), s.getBaseCurrency()),
                Money.of(s.getManagerLimit(), s.getBaseCurrency()), s.getVersion());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TeamLimits changeLimits(String baseCurrency, BigDecimal agentLimit, BigDecimal managerLimit,
                                   long expectedVersion) {
        TeamSettings s = row();
        if (s.getVersion() != expectedVersion) {
            throw new DomainException("settings.error.stale", "Settings changed meanwhile");
        }
        s.change(baseCurrency, agentLimit, managerLimit, CurrentUser.id(), clock.instant());
        settings.flush();
        log.info("Team limits set to {} {} / {} by {}", baseCurrency, agentLimit, managerLimit,
                CurrentUser.require().getUsername());
        return limits();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RateRecord> rates() {
        return rates.findAllFor(row().getBaseCurrency()).stream().map(ExchangeRate::toRecord).toList();
    }

    /**
     * The currencies money can be entered in: the base currency first, then every currency the team keeps a rate
     * for (alphabetically), so that whatever is entered can be converted. Forms offer these, not a list in the code.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> currencies() {
        String base = row().getBaseCurrency();
        var all = new java.util.ArrayList<String>();
        all.add(base);
        rates.currenciesFor(base).stream().filter(c -> !c.equals(base)).forEach(all::add);
        return List.copyOf(all);
    }

    /** Adds a rate from a day on; earlier conversions keep the rate they used. One rate per currency and day. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RateRecord addRate(@Valid @NotNull NewRate rate) {
        String base = row().getBaseCurrency();
        if (rate.getCurrency().equals(base)) {
            throw new DomainException("settings.error.rateForBase", "No rate for the base currency itself", base);
        }
        try {
            Currency.getInstance(rate.getCurrency());
        } catch (IllegalArgumentException e) {
            throw new DomainException("money.currency", "Unknown currency " + rate.getCurrency());
        }
        if (rates.existsByCurrencyAndBaseCurrencyAndValidFrom(rate.getCurrency(), base, rate.getValidFrom())) {
            throw new DomainException("settings.error.rateExists", "Rate exists for that day", rate.getCurrency());
        }
        var saved = rates.save(new ExchangeRate(rate.getCurrency(), base, rate.getRate(), rate.getValidFrom(),
                clock.instant(), CurrentUser.id()));
        log.info("Rate {} = {} {} from {} added by {}", rate.getCurrency(), rate.getRate(), base, rate.getValidFrom(),
                CurrentUser.require().getUsername());
        return saved.toRecord();
    }

    /**
     * The amount in the base currency with the rate valid on {@code on}; rounded half-up to the base currency's
     * minor units, which is how a bank would book it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Conversion toBase(@NotNull Money amount, @NotNull LocalDate on) {
        String base = row().getBaseCurrency();
        if (amount.currencyCode().equals(base)) {
            return new Conversion(amount, amount, BigDecimal.ONE, on);
        }
        ExchangeRate rate = rates.latest(amount.currencyCode(), base, on).orElseThrow(() -> new DomainException(
                "settings.error.noRate", "No " + amount.currencyCode() + " rate on " + on, amount.currencyCode(), base));
        int digits = Math.max(Currency.getInstance(base).getDefaultFractionDigits(), 0);
        BigDecimal converted = amount.amount().multiply(rate.getRate()).setScale(digits, RoundingMode.HALF_UP);
        return new Conversion(amount, Money.of(converted, base), rate.getRate().stripTrailingZeros(),
                rate.getValidFrom());
    }

    /** The same with today's rate (UTC). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Conversion toBaseToday(@NotNull Money amount) {
        return toBase(amount, LocalDate.now(clock));
    }

    private TeamSettings row() {
        return settings.findById(TeamSettings.THE_ROW)
                .orElseThrow(() -> new IllegalStateException("team_settings row missing: migration V008 not applied"));
    }
}
