package org.bureaucrathackers.fellowship.web.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.FellowProfileRules;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.InvalidFellowException;
import org.bureaucrathackers.fellowship.actor.InvalidProfileFieldException;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.web.Visit;

/**
 * Finds every part of a profile form that breaks a rule, by asking the profile service and the structured
 * profile's rules about each part on its own (the rules live there, not here), and says what is wrong in the
 * visit's language. The keys of the answer are the ids of the controls the messages belong to.
 */
final class ProfileFormCheck {

    private final ProfileService profiles;

    ProfileFormCheck(ProfileService profiles) {
        this.profiles = profiles;
    }

    Map<String, String> errors(ProfileForm form, Visit visit) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (breaks(new ProfileChanges(form.displayName(), null, null, null))) {
            errors.put("display_name", visit.format("settingsprofile.error.display_name",
                    FellowService.MAX_DISPLAY_NAME));
        }
        if (breaks(new ProfileChanges(null, form.note(), null, null))) {
            errors.put("note", visit.format("settingsprofile.error.note", ProfileService.MAX_BIO));
        }
        boolean rowsBroken = false;
        for (int i = 0; i < form.rows().size(); i++) {
            ProfileForm.Row row = form.rows().get(i);
            if (!row.isBlank() && breaks(new ProfileChanges(null, null,
                    List.of(new ProfileChanges.Field(row.name(), row.value())), null))) {
                errors.put(rowId(i), visit.format("settingsprofile.error.field", ProfileService.MAX_FIELD_NAME,
                        ProfileService.MAX_FIELD_VALUE));
                rowsBroken = true;
            }
        }
        if (!rowsBroken && breaks(new ProfileChanges(null, null, form.fields(), null))) {
            errors.put(rowId(0), visit.format("settingsprofile.error.fields_count", ProfileService.MAX_FIELDS));
        }
        structured(errors, FellowProfileRules.ORGANISATION, form.organisation(), visit,
                FellowProfileRules.MAX_ORGANISATION);
        structured(errors, FellowProfileRules.ORGANISATION_TYPE, form.organisationType(), visit, 0);
        structured(errors, FellowProfileRules.ROLE, form.role(), visit, FellowProfileRules.MAX_ROLE);
        structured(errors, FellowProfileRules.COUNTRY, form.country(), visit, 0);
        structured(errors, FellowProfileRules.GOVERNMENT_LEVEL, form.governmentLevel(), visit, 0);
        structured(errors, FellowProfileRules.SECTOR, form.sector(), visit, FellowProfileRules.MAX_SECTOR);
        try {
            new FellowProfileChanges().themes(form.themeList()).applyTo(FellowProfile.EMPTY);
        } catch (InvalidProfileFieldException e) {
            errors.put(FellowProfileRules.THEMES, visit.format("settingsprofile.error.themes",
                    FellowProfileRules.MAX_THEMES, FellowProfileRules.MAX_THEME));
        }
        structured(errors, FellowProfileRules.AIMS, form.aims(), visit, FellowProfileRules.MAX_AIMS);
        return errors;
    }

    /** The id of the name control of extra field {@code index}. */
    static String rowId(int index) {
        return "field-" + index + "-name";
    }

    private boolean breaks(ProfileChanges changes) {
        try {
            profiles.check(changes);
            return false;
        } catch (InvalidFellowException e) {
            return true;
        }
    }

    private static void structured(Map<String, String> errors, String field, String value, Visit visit, int max) {
        try {
            new FellowProfileChanges().set(field, value).applyTo(FellowProfile.EMPTY);
        } catch (InvalidProfileFieldException e) {
            errors.put(field, visit.format("settingsprofile.error." + field, max));
        }
    }
}
