package org.bureaucrathackers.fellowship.uri;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Host comparison for origin checks (X16): the host lower-cased, with the port only when it is not the
 * scheme's default, so {@code https://A.example:443/x} and {@code https://a.example/y} share an authority.
 */
public final class Authorities {

    private Authorities() {
    }

    /** {@code host[:port]} of an absolute http(s) URL without user info, normalised; null when there is none. */
    public static String of(String url) {
        if (url == null) {
            return null;
        }
        try {
            return of(new URI(url));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public static String of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null || !(scheme.equals("http") || scheme.equals("https"))) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return defaultPort ? host : host + ":" + port;
    }

    /** {@code scheme://host[:port]}, normalised like {@link #of(URI)}; null when there is none. */
    public static String origin(URI uri) {
        String authority = of(uri);
        return authority == null ? null : uri.getScheme().toLowerCase(Locale.ROOT) + "://" + authority;
    }

    /** Whether both are http(s) URLs on the same host and port. */
    public static boolean same(String a, String b) {
        String first = of(a);
        return first != null && first.equals(of(b));
    }
}
