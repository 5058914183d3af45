package org.bureaucrathackers.fellowship.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bounds and vocabularies of the structured profile, one check per field, named as the API names them. A
 * blank value means none. Local edits that break a rule are refused ({@link InvalidProfileFieldException});
 * remote profiles go through the same checks and lose only the values that fail.
 */
public final class FellowProfileRules {

    public static final String ORGANISATION = "organisation";
    public static final String ORGANISATION_TYPE = "organisation_type";
    public static final String ROLE = "role";
    public static final String COUNTRY = "country";
    public static final String GOVERNMENT_LEVEL = "government_level";
    public static final String SECTOR = "sector";
    public static final String THEMES = "themes";
    public static final String AIMS = "aims";
    public static final List<String> FIELDS = List.of(ORGANISATION, ORGANISATION_TYPE, ROLE, COUNTRY,
            GOVERNMENT_LEVEL, SECTOR, THEMES, AIMS);

    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_ROLE = 200;
    public static final int MAX_AIMS = 1_000;
    public static final int MAX_SECTOR = 60;
    public static final int MAX_THEMES = 10;
    public static final int MAX_THEME = 60;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:[-_][a-z0-9]+)*$");
    /** Hashtag names as Mastodon reads them: letters, digits and underscores. */
    private static final Pattern HASHTAG = Pattern.compile("^[\\p{L}\\p{N}_]+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private FellowProfileRules() {
    }

    public static String organisation(String value) {
        return line(ORGANISATION, value, MAX_ORGANISATION);
    }

    public static OrganisationType organisationType(String value) {
        String word = blankToNull(value);
        if (word == null) {
            return null;
        }
        return OrganisationType.parse(word.toLowerCase(Locale.ROOT)).orElseThrow(() -> invalid(ORGANISATION_TYPE,
                "must be one of " + OrganisationType.words()));
    }

    public static String role(String value) {
        return line(ROLE, value, MAX_ROLE);
    }

    /** An ISO 3166-1 alpha-2 code, in either case; stored in upper case. */
    public static String country(String value) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw invalid(COUNTRY, "must be an ISO 3166-1 alpha-2 country code such as UA or DE");
        }
        return code;
    }

    public static GovernmentLevel governmentLevel(String value) {
        String word = blankToNull(value);
        if (word == null) {
            return null;
        }
        return GovernmentLevel.parse(word.toLowerCase(Locale.ROOT)).orElseThrow(() -> invalid(GOVERNMENT_LEVEL,
                "must be one of " + GovernmentLevel.words()));
    }

    /** A lower-case slug such as {@code health} or {@code public-finance}. */
    public static String sector(String value) {
        String slug = blankToNull(value);
        if (slug == null) {
            return null;
        }
        slug = slug.toLowerCase(Locale.ROOT);
        if (slug.length() > MAX_SECTOR || !SLUG.matcher(slug).matches()) {
            throw invalid(SECTOR, "must be a lower-case word of letters a-z and digits, joined by - or _, "
                    + "at most " + MAX_SECTOR + " characters");
        }
        return slug;
    }

    /** Hashtag names, with or without '#', lower-cased, duplicates dropped; at most {@link #MAX_THEMES}. */
    public static List<String> themes(List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_THEMES) {
            throw invalid(THEMES, "at most " + MAX_THEMES + " themes");
        }
        Set<String> themes = new LinkedHashSet<>();
        for (String value : values) {
            themes.add(theme(value));
        }
        themes.remove(null);
        return new ArrayList<>(themes);
    }

    public static String theme(String value) {
        String tag = blankToNull(value);
        if (tag == null) {
            return null;
        }
        tag = (tag.startsWith("#") ? tag.substring(1) : tag).toLowerCase(Locale.ROOT);
        if (tag.length() > MAX_THEME || !HASHTAG.matcher(tag).matches()) {
            throw invalid(THEMES, "each theme is a hashtag of letters, digits and _, at most " + MAX_THEME
                    + " characters");
        }
        return tag;
    }

    /** Plain text; lines are kept. */
    public static String aims(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_AIMS) {
            throw invalid(AIMS, "at most " + MAX_AIMS + " characters");
        }
        if (CONTROL_BUT_LINES.matcher(text).find()) {
            throw invalid(AIMS, "must be plain text");
        }
        return text;
    }

    private static String line(String field, String value, int max) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            throw invalid(field, "at most " + max + " characters");
        }
        if (CONTROL.matcher(text).find()) {
            throw invalid(field, "must be one line of plain text");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidProfileFieldException invalid(String field, String problem) {
        return new InvalidProfileFieldException(field, problem);
    }
}
