package org.bureaucrathackers.fellowship.vocab;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;

/** Host comparison done once, correctly (X16): lower case, IDNA, default ports dropped, never by stripping characters. */
public final class Hosts {

    private Hosts() {
    }

    /** host[:port] of an http(s) URL in canonical form, or null when it has none. */
    public static String authority(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return null;
            }
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (ascii.endsWith(".")) {
                ascii = ascii.substring(0, ascii.length() - 1);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return defaultPort ? ascii : ascii + ":" + port;
        } catch (Exception e) {
            return null;
        }
    }

    /** Whether two URLs share an origin authority (same host and port). */
    public static boolean sameAuthority(String a, String b) {
        String first = authority(a);
        return first != null && first.equals(authority(b));
    }
}
