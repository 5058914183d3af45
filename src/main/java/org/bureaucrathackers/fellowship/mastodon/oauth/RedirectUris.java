package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The redirect URIs an application registers: the out-of-band URN (the code is shown to the fellow to
 * copy), web addresses, and the custom schemes mobile apps use ({@code com.keylesspalace.tusky://...}).
 * Clients send them as one string, a newline-separated list, or an array.
 */
public final class RedirectUris {

    public static final String OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob";
    public static final int MAX_URIS = 16;
    public static final int MAX_LENGTH = 2_000;
    /** Schemes that would run or read something in the browser rather than hand the code to an app. */
    private static final Set<String> REFUSED_SCHEMES = Set.of("javascript", "data", "vbscript", "file", "blob",
            "about");

    private RedirectUris() {
    }

    /** The distinct URIs in {@code values}, each value possibly holding several separated by whitespace. */
    public static List<String> parse(List<String> values) {
        Set<String> uris = new LinkedHashSet<>();
        for (String value : values) {
            for (String uri : value.trim().split("\\s+")) {
                if (!uri.isEmpty()) {
                    uris.add(uri);
                }
            }
        }
        if (uris.isEmpty()) {
            throw new InvalidApplicationException("Redirect URI can't be blank");
        }
        if (uris.size() > MAX_URIS) {
            throw new InvalidApplicationException("at most " + MAX_URIS + " redirect URIs may be registered");
        }
        List<String> checked = new ArrayList<>();
        for (String uri : uris) {
            checked.add(check(uri));
        }
        return List.copyOf(checked);
    }

    public static boolean isOutOfBand(String uri) {
        return OUT_OF_BAND.equals(uri);
    }

    private static String check(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidApplicationException("Redirect URI is longer than " + MAX_LENGTH + " characters");
        }
        if (isOutOfBand(text)) {
            return text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidApplicationException("Redirect URI must be an absolute URI");
        }
        if (!uri.isAbsolute()) {
            throw new InvalidApplicationException("Redirect URI must be an absolute URI");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidApplicationException("Redirect URI cannot contain a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (REFUSED_SCHEMES.contains(scheme)) {
            throw new InvalidApplicationException("Redirect URI cannot use the " + scheme + ": scheme");
        }
        if ((scheme.equals("http") || scheme.equals("https")) && (uri.getHost() == null || uri.getHost().isEmpty())) {
            throw new InvalidApplicationException("Redirect URI must name a host");
        }
        return text;
    }
}
