package org.bureaucrathackers.fellowship.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What someone typed into a search box, read the way Mastodon clients mean it: an http(s) URL; a handle
 * ({@code alice}, {@code @alice}, {@code alice@host}, {@code alice@host:port}, {@code @alice@host}) whose domain
 * is null when none was typed and "" when it names this instance; or free text.
 */
record SearchTerm(Kind kind, String text, String username, String domain) {

    enum Kind { URL, HANDLE, TEXT }

    /** Longer queries are cut: nobody types more, and every query stays cheap. */
    static final int MAX_LENGTH = 500;
    private static final Pattern USER = Pattern.compile("^[\\p{L}\\p{N}_.\\-]{1,255}$");
    private static final Pattern HOST = Pattern.compile("^[a-z0-9.\\-]{1,253}(:[0-9]{1,5})?$");

    static SearchTerm read(String query, String localDomain) {
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return new SearchTerm(Kind.URL, text, null, null);
        }
        String handle = text.startsWith("@") ? text.substring(1) : text;
        int at = handle.indexOf('@');
        String user = at < 0 ? handle : handle.substring(0, at);
        String domain = at < 0 ? null : handle.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!USER.matcher(user).matches() || domain != null && !HOST.matcher(domain).matches()) {
            return new SearchTerm(Kind.TEXT, text, null, null);
        }
        if (domain != null && domain.equals(localDomain.toLowerCase(Locale.ROOT))) {
            domain = "";
        }
        return new SearchTerm(Kind.HANDLE, text, user.toLowerCase(Locale.ROOT), domain);
    }

    /** Whether the handle names an account of another server. */
    boolean isRemoteHandle() {
        return kind == Kind.HANDLE && domain != null && !domain.isEmpty();
    }
}
