package org.bureaucrathackers.fellowship.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages are written in, and the choice among them: the fellow's own setting, else the
 * browser's last choice (a cookie), else its {@code Accept-Language}, else English.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));
    /** Longer headers are not parsed: no browser sends one, and parsing is linear in what it is given. */
    static final int MAX_ACCEPT_LANGUAGE = 512;

    private Languages() {
    }

    /** The supported language {@code code} ("en", "fr", "es") names, if it names one. */
    public static Optional<Locale> supported(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Locale locale : SUPPORTED) {
            if (locale.getLanguage().equals(code)) {
                return Optional.of(locale);
            }
        }
        return Optional.empty();
    }

    /** Any of the arguments may be null; the first that names a supported language wins. */
    public static Locale choose(String fellowSetting, String browserChoice, String acceptLanguage) {
        return supported(fellowSetting)
                .or(() -> supported(browserChoice))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(ENGLISH);
    }

    static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
