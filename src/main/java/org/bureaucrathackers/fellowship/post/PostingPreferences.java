package org.bureaucrathackers.fellowship.post;

import java.util.Locale;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;

/**
 * A fellow's posting defaults: read when a client posts without saying (the visibility of
 * {@code POST /api/v1/statuses}), shown as Mastodon's preferences and credential source, changed from the
 * profile settings.
 */
public final class PostingPreferences {

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    private final PostingDefaultsStore store;

    public PostingPreferences(PostingDefaultsStore store) {
        this.store = store;
    }

    public PostingDefaults defaults(long accountId) {
        return store.of(accountId);
    }

    /** The visibility a fellow's post gets when the client names none. */
    public Status.Visibility defaultVisibility(long accountId) {
        return store.of(accountId).visibility();
    }

    /**
     * A local fellow's defaults with the given changes (not yet saved); a null part stays as it is, an empty
     * language clears it.
     *
     * @throws InvalidPostException when the language is not an ISO 639 code
     */
    public PostingDefaults changed(Account fellow, Status.Visibility visibility, Boolean sensitive, String language) {
        requireFellow(fellow);
        PostingDefaults current = store.of(fellow.id());
        return new PostingDefaults(
                visibility == null ? current.visibility() : visibility,
                sensitive == null ? current.sensitive() : sensitive,
                language == null ? current.language() : language(language));
    }

    public void save(Account fellow, PostingDefaults defaults) {
        requireFellow(fellow);
        store.save(fellow.id(), defaults);
    }

    private static void requireFellow(Account fellow) {
        if (!fellow.isLocal() || fellow.isDeleted()) {
            throw new InvalidPostException("only a fellow of this instance has posting defaults");
        }
    }

    private static String language(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        if (!LANGUAGE.matcher(code).matches()) {
            throw new InvalidPostException("'" + (code.length() > 20 ? code.substring(0, 20) + "…" : code)
                    + "' is not an ISO 639 language code such as en or fr");
        }
        return code;
    }
}
