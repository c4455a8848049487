package com.claimdesk.dossier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings under {@code claimdesk.dossier.*}.
 *
 * @param font a TrueType font (.ttf) or collection (.ttc) with Chinese glyphs; when not set, the usual places of
 *             WenQuanYi Zen Hei, Noto Sans CJK and the Windows and macOS Chinese fonts are tried
 */
@ConfigurationProperties("claimdesk.dossier")
public record DossierProperties(@Nullable Path font) {

    /** The setting's name, as the message that asks for it says it. */
    public static final String FONT_SETTING = "claimdesk.dossier.font";
}
