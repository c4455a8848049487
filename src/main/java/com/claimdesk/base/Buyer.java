package com.claimdesk.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.jspecify.annotations.Nullable;

/**
 * Who bought, as the order names them: the same facts, under the same names and columns, on a case and on a known
 * order. The names are the ones the API, the import mapping, the forms and the validation messages use, so that a
 * violation of {@code buyerName} says which field it is about wherever it comes from. Text is stored stripped, and
 * blank is no value. See docs/decisions/080-modules.md, "Value objects".
 */
@Embeddable
public record Buyer(
        @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.tooLong}")
        @Column(name = "buyer_name", length = 120) @Nullable String buyerName,

        @NotNull(message = "{field.required}") @Pattern(regexp = "[A-Z]{2}", message = "{buyer.country.invalid}")
        @Column(name = "buyer_country", length = 2) @Nullable String buyerCountry,

        @Email(message = "{field.email}") @Size(max = 254, message = "{field.tooLong}")
        @Column(name = "buyer_email", length = 254) @Nullable String buyerEmail,

        @NotNull(groups = OnACase.class, message = "{field.required}") @Size(max = 16, message = "{field.tooLong}")
        @Column(name = "buyer_language", length = 16) @Nullable String buyerLanguage,

        @Size(max = 64, message = "{field.tooLong}")
        @Pattern(regexp = "[\\p{L}\\p{N} ._@:+\\-]*", message = "{buyer.account.invalid}")
        @Column(name = "buyer_account", length = 64) @Nullable String buyerAccount) {

    /** Nothing known yet. */
    public static final Buyer NONE = new Buyer(null, null, null, null, null);

    /**
     * The rules for the buyer of a case: an order may leave the language out, a case may not (its templates and
     * replies are chosen by it). Includes the default rules ({@code @ConvertGroup} from Default to this).
     */
    public interface OnACase extends Default {
    }

    public Buyer {
        buyerName = Texts.clean(buyerName);
        buyerCountry = Texts.clean(buyerCountry);
        buyerEmail = Texts.clean(buyerEmail);
        buyerLanguage = Texts.clean(buyerLanguage);
        buyerAccount = Texts.clean(buyerAccount);
    }

    /** A buyer whose marketplace account is not known. */
    public Buyer(@Nullable String buyerName, @Nullable String buyerCountry, @Nullable String buyerEmail,
                 @Nullable String buyerLanguage) {
        this(buyerName, buyerCountry, buyerEmail, buyerLanguage, null);
    }

    /** These facts where {@code top} has none, {@code top}'s where it has them. */
    public Buyer overlaidWith(Buyer top) {
        return ValueObjects.overlay(this, top);
    }

    public Buyer withBuyerName(String name) {
        return new Buyer(name, buyerCountry, buyerEmail, buyerLanguage, buyerAccount);
    }

    public Buyer withBuyerCountry(String country) {
        return new Buyer(buyerName, country, buyerEmail, buyerLanguage, buyerAccount);
    }

    public Buyer withBuyerEmail(String email) {
        return new Buyer(buyerName, buyerCountry, email, buyerLanguage, buyerAccount);
    }

    public Buyer withBuyerLanguage(String language) {
        return new Buyer(buyerName, buyerCountry, buyerEmail, language, buyerAccount);
    }

    public Buyer withBuyerAccount(String account) {
        return new Buyer(buyerName, buyerCountry, buyerEmail, buyerLanguage, account);
    }
}
