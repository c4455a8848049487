package com.claimdesk.demo;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.demo.DemoCatalog.Carrier;
import com.claimdesk.demo.DemoTexts.Country;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Order numbers, tracking numbers, e-mail addresses and signers of the demo cases, in each one's own style. */
final class DemoIdentifiers {

    private final DemoRandom random;
    private final DemoTexts texts;

    DemoIdentifiers(DemoRandom random, DemoTexts texts) {
        this.random = random;
        this.texts = texts;
    }

    String orderNumber(Marketplace marketplace, Country country, LocalDate orderDate) {
        return switch (marketplace) {
            case ALIBABA_TRADE_ASSURANCE -> "TA" + random.digits(12);
            case ALIEXPRESS -> (random.chance(0.7) ? "81" : "30") + random.digits(14);
            // North American Amazon order numbers start with 11x, the other sites' with other prefixes
            case AMAZON -> (Set.of("US", "CA").contains(country.code()) ? "11" + random.between(1, 4)
                    : random.pickOne(List.of("028", "171", "202", "249", "250", "302", "303", "304", "305", "403", "404",
                    "406", "503"))) + "-" + random.digits(7) + "-" + random.digits(7);
            case OWN_SHOP -> "WEB-" + random.between(10000, 19999);
            case DIRECT_B2B -> "PO-" + orderDate.getYear() + "-" + "%04d".formatted(random.between(1, 999));
            case OTHER -> "%02d-%05d-%05d".formatted(random.between(1, 27), random.between(0, 99999), random.between(0, 99999));
        };
    }

    String trackingNumber(Carrier carrier) {
        if (carrier == Carrier.CHINA_POST) {
            return upu(random.pickOne(List.of("LX", "LY", "LZ", "RB", "RR", "RL")), "CN");
        }
        if (carrier == Carrier.EMS) {
            return upu("E" + (char) ('A' + random.between(0, 25)), "CN");
        }
        if (carrier == Carrier.YANWEN) {
            return upu("U" + random.pickOne(List.of("G", "H", "J")), "YP");
        }
        if (carrier == Carrier.FOUR_PX) {
            return "4PX300" + random.digits(10) + "CN";
        }
        if (carrier == Carrier.CAINIAO) {
            return "LP00" + random.digits(12);
        }
        if (carrier == Carrier.DHL) {
            return random.between(1, 9) + random.digits(9);
        }
        if (carrier == Carrier.FEDEX) {
            return random.between(1, 9) + random.digits(11);
        }
        if (carrier == Carrier.UPS) {
            StringBuilder shipper = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                shipper.append(random.chance(0.5) ? (char) ('A' + random.between(0, 25)) : (char) ('0' + random.between(0, 9)));
            }
            return "1Z" + shipper + random.pickOne(List.of("01", "03", "04", "66")) + random.digits(8);
        }
        return "SF" + random.between(1, 9) + random.digits(12);
    }

    /** An S10 (UPU) item number, check digit included, as postal tracking numbers are. */
    private String upu(String prefix, String suffix) {
        String serial = random.digits(8);
        int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return prefix + serial + check + suffix;
    }

    /**
     * The buyer's account ID on the marketplace, as its own pages show it; the same person in the same country has
     * the same account, so the demo's repeat buyers are found by it. Derived from the name, not drawn: the demo's
     * other random choices stay as they were. Direct B2B orders have no marketplace account.
     */
    String account(Marketplace marketplace, String name, String countryCode) {
        long h = Integer.toUnsignedLong((marketplace.name() + "|" + name + "|" + countryCode).hashCode());
        return switch (marketplace) {
            case AMAZON -> "A" + Long.toString(h * 7_919L, 36).toUpperCase(java.util.Locale.ROOT);
            case ALIEXPRESS -> countryCode.toLowerCase(java.util.Locale.ROOT) + (1_000_000_000L + h % 9_000_000_000L);
            case ALIBABA_TRADE_ASSURANCE -> countryCode.toLowerCase(java.util.Locale.ROOT) + "1" + (h % 100_000_000L)
                    + "abcdefghjk".charAt((int) (h % 10));
            case OWN_SHOP, OTHER -> "C-" + (100_000 + h % 900_000);
            case DIRECT_B2B -> null;
        };
    }

    String email(String name) {
        String[] parts = ascii(name).split(" ", 2);
        String first = parts[0].replaceAll("[^a-z0-9]", "");
        String last = parts.length > 1 ? parts[1].replaceAll("[^a-z0-9]", "") : "buyer";
        String local = switch (random.between(0, 4)) {
            case 0 -> first + "." + last;
            case 1 -> first + last + random.between(10, 99);
            case 2 -> first.charAt(0) + "." + last;
            case 3 -> first + "_" + last;
            default -> first + last.charAt(0) + random.between(1970, 2005);
        };
        return local + "@" + random.pickOne(texts.emailDomains);
    }

    private static String ascii(String s) {
        String folded = s.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Someone other than the buyer: a relative, a colleague, or the building's front desk. */
    String signer(String buyer, Country country) {
        String[] parts = buyer.split(" ", 2);
        return switch (random.between(0, 2)) {
            case 0 -> random.pickOne(texts.signerLabels);
            case 1 -> {
                String other = random.pickOne(country.names().stream().map(n -> n.replaceFirst("^[a-z]{2}:", ""))
                        .filter(n -> !n.equals(buyer)).toList());
                yield other.split(" ", 2)[0];
            }
            default -> {
                char initial = parts[0].charAt(0) == 'M' ? 'K' : 'M';
                yield initial + ". " + (parts.length > 1 ? parts[1] : parts[0]);
            }
        };
    }
}
