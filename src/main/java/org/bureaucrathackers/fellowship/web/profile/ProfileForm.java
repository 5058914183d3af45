package org.bureaucrathackers.fellowship.web.profile;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.FellowProfileRules;
import org.bureaucrathackers.fellowship.actor.FellowSettings;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The values of the profile form as typed, to fill it again and to turn into the changes the profile service
 * applies. Extra fields are rows of name and value; {@code themes} is one line of hashtags.
 */
public record ProfileForm(String displayName, String note, List<Row> rows, String organisation, String organisationType,
                   String role, String country, String governmentLevel, String sector, String themes, String aims,
                   boolean discoverable, boolean locked) {

    /** Rows the form offers when the fellow has fewer fields; more up to the service's bound when they have more. */
    static final int FORM_ROWS = 4;
    /** Rows read from a posted form: one beyond the bound, so that too many is said rather than cut off. */
    static final int READ_ROWS = ProfileService.MAX_FIELDS + 1;

    public record Row(String name, String value) {
        public boolean isBlank() {
            return name.isBlank() && value.isBlank();
        }
    }

    public ProfileForm {
        rows = List.copyOf(rows);
    }

    /** The form as the fellow's profile fills it now. */
    static ProfileForm of(Account fellow, FellowSettings settings, FellowProfile profile) {
        List<Row> rows = new ArrayList<>();
        for (ProfileField field : fellow.fields()) {
            // Values are stored as HTML (links); the form shows their text.
            rows.add(new Row(field.name(), typed(field.valueHtml())));
        }
        String bio = settings.bioSource() != null ? settings.bioSource()
                : Jsoup.parse(nonNull(fellow.summaryHtml())).text();
        return new ProfileForm(nonNull(fellow.displayName()), bio, padded(rows),
                nonNull(profile.organisation()),
                profile.organisationType() == null ? "" : profile.organisationType().word(),
                nonNull(profile.role()), nonNull(profile.country()),
                profile.governmentLevel() == null ? "" : profile.governmentLevel().word(), nonNull(profile.sector()),
                String.join(" ", profile.themes().stream().map(t -> "#" + t).toList()), nonNull(profile.aims()),
                fellow.discoverable(), fellow.manuallyApprovesFollowers());
    }

    /** The form as posted; a box not ticked is not sent, so it is off. */
    static ProfileForm read(Context ctx) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < READ_ROWS; i++) {
            rows.add(new Row(param(ctx, "fields_attributes[" + i + "][name]"),
                    param(ctx, "fields_attributes[" + i + "][value]")));
        }
        while (rows.size() > FORM_ROWS && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        return new ProfileForm(param(ctx, "display_name"), param(ctx, "note"), rows, param(ctx, "organisation"),
                param(ctx, "organisation_type"), param(ctx, "role"), param(ctx, "country"),
                param(ctx, "government_level"), param(ctx, "sector"), param(ctx, "themes"), param(ctx, "aims"),
                ctx.formParam("discoverable") != null, ctx.formParam("locked") != null);
    }

    /** The extra fields that were filled in, as the service takes them. */
    List<ProfileChanges.Field> fields() {
        return rows.stream().filter(r -> !r.isBlank()).map(r -> new ProfileChanges.Field(r.name(), r.value()))
                .toList();
    }

    ProfileChanges changes() {
        return new ProfileChanges(displayName, note, fields(), locked, discoverable, null, null);
    }

    /** Every structured field, as the profile API would set them all (blank clears). */
    FellowProfileChanges structured() {
        return new FellowProfileChanges()
                .set(FellowProfileRules.ORGANISATION, organisation)
                .set(FellowProfileRules.ORGANISATION_TYPE, organisationType)
                .set(FellowProfileRules.ROLE, role)
                .set(FellowProfileRules.COUNTRY, country)
                .set(FellowProfileRules.GOVERNMENT_LEVEL, governmentLevel)
                .set(FellowProfileRules.SECTOR, sector)
                .themes(themeList())
                .set(FellowProfileRules.AIMS, aims);
    }

    /** Themes typed as hashtags, separated by spaces or commas. */
    List<String> themeList() {
        return Arrays.stream(themes.split("[\\s,]+")).filter(t -> !t.isBlank()).toList();
    }

    /** A field value as it was typed: a link's address, else the text. */
    private static String typed(String valueHtml) {
        Element body = Jsoup.parse(nonNull(valueHtml)).body();
        Element link = body.selectFirst("a[href]");
        if (link != null && body.children().size() == 1 && link.text().equals(body.text())) {
            return link.attr("href");
        }
        return body.text();
    }

    private static List<Row> padded(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        while (all.size() < FORM_ROWS) {
            all.add(new Row("", ""));
        }
        return all;
    }

    private static String param(Context ctx, String name) {
        return nonNull(ctx.formParam(name));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
