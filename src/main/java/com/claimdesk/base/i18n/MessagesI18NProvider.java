package com.claimdesk.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string comes from {@code messages*.properties} (UTF-8): English is the fallback, Simplified
 * Chinese the team's own language. A missing key shows as {@code !key} so it is spotted, and is logged.
 */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> LOCALES = List.of(ENGLISH, SIMPLIFIED_CHINESE);
    private static final Logger log = LoggerFactory.getLogger(MessagesI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("messages", effective, NoFallbackControl.INSTANCE).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for '{}' in {}", key, effective);
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, effective).format(params);
    }

    /** The provided locale closest to the one asked for: any Chinese means Simplified Chinese, anything else English. */
    public static Locale supported(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage())) {
            return SIMPLIFIED_CHINESE;
        }
        return ENGLISH;
    }

    /** Falls back to messages.properties (English), never to the JVM's default locale. */
    private static final class NoFallbackControl extends ResourceBundle.Control {
        static final NoFallbackControl INSTANCE = new NoFallbackControl();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
