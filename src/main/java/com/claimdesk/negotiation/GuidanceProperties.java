package com.claimdesk.negotiation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.util.List;

/**
 * Settings under {@code claimdesk.guidance.*} (docs/decisions/160-settlement-guidance.md).
 *
 * @param minPeers how many finished peers a case needs before the guidance stops widening and suggests a bottom line
 * @param maxPeers the most recently resolved peers read at most, so that a wide level costs what a narrow one costs
 * @param bands    the upper bounds of the order-value bands in the team's base currency (ascending): 25, 100, 300,
 *                 1000 make the bands below 25, 25–100, 100–300, 300–1000 and above 1000
 */
@ConfigurationProperties("claimdesk.guidance")
public record GuidanceProperties(@DefaultValue("10") int minPeers, @DefaultValue("500") int maxPeers,
                                 @DefaultValue({"25", "100", "300", "1000"}) List<BigDecimal> bands) {

    public GuidanceProperties {
        if (minPeers < 1 || maxPeers < minPeers) {
            throw new IllegalArgumentException("claimdesk.guidance: min-peers >= 1 and max-peers >= min-peers");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).compareTo(bands.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("claimdesk.guidance.bands must ascend");
            }
        }
        bands = List.copyOf(bands);
    }
}
