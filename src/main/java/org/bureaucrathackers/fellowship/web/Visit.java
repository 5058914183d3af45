package org.bureaucrathackers.fellowship.web;

import java.util.List;
import java.util.Locale;

/**
 * What every page needs to know about the request it answers: its language, the path it was asked at (where
 * the language switcher comes back to), who is signed in ({@code fellowHandle}, null when nobody), and the
 * token the page's forms carry against cross-site request forgery.
 */
public record Visit(Texts texts, String path, String fellowHandle, String csrfToken) {

    /** A visit nobody is signed in to, in English: for pages rendered outside a request's handling. */
    public static Visit anonymous(String path) {
        return new Visit(Texts.english(), path, null, "");
    }

    public boolean signedIn() {
        return fellowHandle != null;
    }

    public String text(String key) {
        return texts.text(key);
    }

    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    public String language() {
        return texts.language();
    }

    /** The languages the switcher offers, each named in itself. */
    public List<LanguageOption> languages() {
        return Languages.SUPPORTED.stream()
                .map(l -> new LanguageOption(l.getLanguage(), capitalised(l.getDisplayLanguage(l), l),
                        l.equals(texts.locale())))
                .toList();
    }

    public record LanguageOption(String code, String name, boolean current) {
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
