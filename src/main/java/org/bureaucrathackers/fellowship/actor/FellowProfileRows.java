package org.bureaucrathackers.fellowship.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The structured profile as PropertyValue rows (Organisation, Role, Country, …), so that servers that know only
 * Mastodon's profile fields still show it. A fellow's own field of the same name wins: the row is left out.
 */
public final class FellowProfileRows {

    private FellowProfileRows() {
    }

    /** The rows of a profile, in a fixed order; empty values give no row. */
    public static List<ProfileField> of(FellowProfile profile) {
        List<ProfileField> rows = new ArrayList<>();
        add(rows, "Organisation", profile.organisation());
        add(rows, "Organisation type", profile.organisationType() == null ? null : profile.organisationType().label());
        add(rows, "Role", profile.role());
        add(rows, "Country", countryName(profile.country()));
        add(rows, "Government level", profile.governmentLevel() == null ? null : profile.governmentLevel().label());
        add(rows, "Sector", profile.sector());
        add(rows, "Themes", profile.themes().isEmpty() ? null : "#" + String.join(" #", profile.themes()));
        add(rows, "Aims", profile.aims());
        return rows;
    }

    /** The fellow's own fields, then the profile's rows whose names none of them has. */
    public static List<ProfileField> attachment(List<ProfileField> own, FellowProfile profile) {
        List<ProfileField> all = new ArrayList<>(own);
        for (ProfileField row : of(profile)) {
            if (own.stream().noneMatch(field -> field.name().strip().equalsIgnoreCase(row.name()))) {
                all.add(row);
            }
        }
        return all;
    }

    /**
     * Whether a remote actor's field is one of the rows its Fellowship server made from this profile (same name,
     * same value): such a row repeats what the profile says and is not kept as a field of its own.
     */
    public static boolean isRowOf(FellowProfile profile, String name, String valueHtml) {
        return of(profile).stream().anyMatch(row -> row.name().equals(name) && row.valueHtml().equals(valueHtml));
    }

    /** "Ukraine (UA)": the English name and the code. */
    static String countryName(String code) {
        if (code == null) {
            return null;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private static void add(List<ProfileField> rows, String name, String value) {
        if (value != null) {
            rows.add(new ProfileField(name, ProfileService.valueHtml(value)));
        }
    }
}
