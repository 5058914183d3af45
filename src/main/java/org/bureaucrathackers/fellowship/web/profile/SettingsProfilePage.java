package org.bureaucrathackers.fellowship.web.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfileRules;
import org.bureaucrathackers.fellowship.actor.GovernmentLevel;
import org.bureaucrathackers.fellowship.actor.InvalidFellowException;
import org.bureaucrathackers.fellowship.actor.OrganisationType;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.actor.ProfileImage;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.media.MediaService;
import org.bureaucrathackers.fellowship.media.MediaStorageException;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * {@code /settings/profile}: a signed-in fellow edits their name, bio, extra fields, structured profile, whether
 * they are listed and approve followers, and their avatar and header. The rules are the profile service's; a
 * form that breaks one is shown again (422) with each message by its control and nothing kept. A saved profile
 * goes to followers as an Update, as the APIs send it.
 */
public final class SettingsProfilePage implements Routes {

    public static final String PATH = "/settings/profile";

    private final SignedInPages signedIn;
    private final ProfileService profiles;
    private final ProfileFormCheck check;
    private final ProfileImages images;
    private final Pages pages;

    SettingsProfilePage(SignedInPages signedIn, ProfileService profiles, MediaService media, Pages pages) {
        this.signedIn = signedIn;
        this.profiles = profiles;
        this.check = new ProfileFormCheck(profiles);
        this.images = new ProfileImages(media);
        this.pages = pages;
    }

    /** The form as the template shows it: values, messages by control id, and a notice after saving. */
    public record FormView(ProfileForm form, Map<String, String> errors, String notice, String avatarUrl,
                           String profilePath) {

        public String error(String id) {
            return errors.get(id);
        }

        public List<String> organisationTypes() {
            return Arrays.stream(OrganisationType.values()).map(OrganisationType::word).toList();
        }

        public List<String> governmentLevels() {
            return Arrays.stream(GovernmentLevel.values()).map(GovernmentLevel::word).toList();
        }

        public String rowId(int index) {
            return ProfileFormCheck.rowId(index);
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::save);
    }

    private void show(Context ctx) {
        signedIn.session(ctx, PATH).ifPresent(session -> {
            Account fellow = session.fellow();
            Visit visit = Visits.of(ctx);
            String notice = ctx.queryParam("saved") != null ? visit.text("settingsprofile.saved") : null;
            ProfileForm form = ProfileForm.of(fellow, profiles.settings(fellow), profiles.fellowProfile(fellow));
            HtmlAnswers.html(ctx, 200, page(visit, fellow, form, Map.of(), notice));
        });
    }

    private void save(Context ctx) {
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, PATH);
        if (session.isEmpty() || !signedIn.formAccepted(ctx)) {
            return;
        }
        Account fellow = session.get().fellow();
        Visit visit = Visits.of(ctx);
        ProfileForm form = ProfileForm.read(ctx);
        Map<String, String> errors = new HashMap<>(check.errors(form, visit));
        ProfileImages.checkSize(ctx, ProfileImages.AVATAR, errors, visit);
        ProfileImages.checkSize(ctx, ProfileImages.HEADER, errors, visit);
        ProfileImage avatar = null;
        ProfileImage header = null;
        try {
            // Images are decoded and kept only once the rest is right, so a refused form stores nothing.
            if (errors.isEmpty()) {
                avatar = images.store(ctx, fellow, ProfileImages.AVATAR, errors, visit);
                header = images.store(ctx, fellow, ProfileImages.HEADER, errors, visit);
            }
        } catch (MediaStorageException | MediaService.MediaBusyException e) {
            HtmlAnswers.html(ctx, 503, pages.error(visit, 503, visit.text("settingsprofile.error.storage")));
            return;
        }
        if (!errors.isEmpty()) {
            HtmlAnswers.html(ctx, 422, page(visit, fellow, form, ordered(errors), null));
            return;
        }
        ProfileChanges text = form.changes();
        ProfileChanges changes = new ProfileChanges(text.displayName(), text.bioMarkdown(), text.fields(),
                text.manuallyApprovesFollowers(), text.discoverable(), null, null, avatar, header);
        try {
            profiles.update(fellow, changes, form.structured());
        } catch (InvalidFellowException e) {
            // The check above asks the same rules part by part; this is the whole form at once.
            HtmlAnswers.html(ctx, 422, page(visit, fellow, form, Map.of("display_name",
                    visit.text("settingsprofile.error.other")), null));
            return;
        }
        ctx.redirect(PATH + "?saved=1", HttpStatus.SEE_OTHER);
    }

    /** Messages in the order of the controls on the page, for the summary at the top. */
    private static Map<String, String> ordered(Map<String, String> errors) {
        List<String> order = new ArrayList<>(List.of("display_name", "note", ProfileImages.AVATAR,
                ProfileImages.HEADER));
        for (int i = 0; i < ProfileForm.READ_ROWS; i++) {
            order.add(ProfileFormCheck.rowId(i));
        }
        order.addAll(FellowProfileRules.FIELDS);
        Map<String, String> sorted = new LinkedHashMap<>();
        for (String id : order) {
            if (errors.containsKey(id)) {
                sorted.put(id, errors.get(id));
            }
        }
        errors.forEach(sorted::putIfAbsent);
        return sorted;
    }

    private String page(Visit visit, Account fellow, ProfileForm form, Map<String, String> errors, String notice) {
        FormView view = new FormView(form, errors, notice, fellow.avatarUrl(), ProfileAccounts.path(fellow));
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        return pages.render("settings_profile.jte", visit, model);
    }
}
