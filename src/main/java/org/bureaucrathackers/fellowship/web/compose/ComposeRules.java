package org.bureaucrathackers.fellowship.web.compose;

import java.util.Arrays;
import java.util.List;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.web.Visit;

/**
 * The rules of the posting service and the media limits, checked on the form first so that each broken one is
 * told in the page's language next to its field, before anything is uploaded or stored.
 */
final class ComposeRules {

    private ComposeRules() {
    }

    static void text(String text, boolean hasMedia, FormErrors errors, Visit visit) {
        if (text.isBlank() && !hasMedia) {
            errors.add("status", visit.text("compose.error.text_blank"));
        } else if (text.length() > PostService.MAX_CHARACTERS) {
            errors.add("status", visit.format("compose.error.text_too_long", PostService.MAX_CHARACTERS));
        }
    }

    static void spoiler(String spoiler, FormErrors errors, Visit visit) {
        if (spoiler.strip().length() > PostService.MAX_SPOILER) {
            errors.add("spoiler_text", visit.format("compose.error.spoiler_too_long", PostService.MAX_SPOILER));
        }
    }

    static void language(String language, FormErrors errors, Visit visit) {
        if (!LanguageChoices.isKnown(language)) {
            errors.add("language", visit.text("compose.error.language"));
        }
    }

    /** The visibility chosen, when it is one of {@code allowed}; null (and a message) otherwise. */
    static Status.Visibility visibility(String value, List<Status.Visibility> allowed, FormErrors errors, Visit visit) {
        Status.Visibility chosen = Arrays.stream(Status.Visibility.values())
                .filter(v -> v.stored().equals(value)).findFirst().orElse(null);
        if (chosen == null || !allowed.contains(chosen)) {
            errors.add("visibility", visit.text(chosen == null ? "compose.error.visibility"
                    : "compose.error.visibility_wider"));
            return null;
        }
        return chosen;
    }

    /** An image's alt text: required unless the fellow confirmed publishing without one; bounded. */
    static void description(int slot, String description, boolean withoutConfirmed, FormErrors errors, Visit visit) {
        String field = "description-" + slot;
        if (description.isBlank() && !withoutConfirmed) {
            errors.add(field, visit.text("compose.error.description_missing"));
        } else if (description.codePointCount(0, description.length()) > MediaLimits.MAX_DESCRIPTION) {
            errors.add(field, visit.format("compose.error.description_too_long", MediaLimits.MAX_DESCRIPTION));
        }
    }

    /** The visibilities a reply may have: none wider than the post replied to (all for a new post). */
    static List<Status.Visibility> allowed(Status parent) {
        return Arrays.stream(Status.Visibility.values())
                .filter(v -> parent == null || v.ordinal() >= parent.visibility().ordinal())
                .toList();
    }

    /** The fellow's default, narrowed to the post replied to. */
    static Status.Visibility initial(Status.Visibility preferred, Status parent) {
        if (parent != null && parent.visibility().ordinal() > preferred.ordinal()) {
            return parent.visibility();
        }
        return preferred;
    }
}
