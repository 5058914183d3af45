package org.bureaucrathackers.fellowship.web.compose;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The languages a post can be written in: the two-letter ISO 639-1 codes, named in the page's language. */
public final class LanguageChoices {

    /** Every code offered; fixed by the JDK's list (about 190), so the select stays bounded. */
    static final Set<String> CODES = Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

    private LanguageChoices() {
    }

    /** One option of the select: its code, its name, and whether it is the chosen one. */
    public record LanguageOption(String code, String name, boolean selected) {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** The options in the alphabetical order of {@code page}'s names for them, {@code chosen} selected. */
    public static List<LanguageOption> options(Locale page, String chosen) {
        Collator collator = Collator.getInstance(page);
        return CODES.stream()
                .map(code -> new LanguageOption(code, name(code, page), code.equals(chosen)))
                .sorted(Comparator.comparing(LanguageOption::name, collator))
                .toList();
    }

    private static String name(String code, Locale page) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(page);
        if (name.isBlank() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(page) + name.substring(1) + " (" + code + ")";
    }
}
