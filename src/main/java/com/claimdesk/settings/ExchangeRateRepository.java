package com.claimdesk.settings;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Only save and read: a rate is never changed, a new one is added. */
interface ExchangeRateRepository extends Repository<ExchangeRate, Long> {

    ExchangeRate save(ExchangeRate rate);

    boolean existsByCurrencyAndBaseCurrencyAndValidFrom(String currency, String baseCurrency, LocalDate validFrom);

    @Query("select r from ExchangeRate r where r.currency = :currency and r.baseCurrency = :base "
            + "and r.validFrom <= :on order by r.validFrom desc limit 1")
    Optional<ExchangeRate> latest(String currency, String base, LocalDate on);

    @Query("select distinct r.currency from ExchangeRate r where r.baseCurrency = :base order by r.currency")
    List<String> currenciesFor(String base);

    @Query("select r from ExchangeRate r where r.baseCurrency = :base order by r.currency, r.validFrom desc")
    List<ExchangeRate> findAllFor(String base);
}
