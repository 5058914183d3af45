package org.bureaucrathackers.fellowship.signature;

import java.net.URI;
import java.util.Locale;

/**
 * A request as an RFC 9421 signature base sees it: the method, the target URI in parts, and the header fields.
 *
 * @param method    the method as sent (upper case in practice)
 * @param scheme    "https" or "http"
 * @param authority host and, when not the scheme's default, port
 * @param path      the raw path, "/" when empty
 * @param query     the raw query without "?", or null when there is none
 */
record MessageView(String method, String scheme, String authority, String path, String query, FieldValues fields) {

    static MessageView of(String method, URI target, FieldValues fields) {
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return new MessageView(method, target.getScheme().toLowerCase(Locale.ROOT), authority(target), path,
                target.getRawQuery(), fields);
    }

    /** host[:port], the port left out when it is the scheme's default, as a Host header carries it. */
    static String authority(URI uri) {
        int port = uri.getPort();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    String pathAndQuery() {
        return query == null ? path : path + "?" + query;
    }

    String targetUri() {
        return scheme + "://" + authority + pathAndQuery();
    }

    MessageView withoutQuery() {
        return new MessageView(method, scheme, authority, path, null, fields);
    }
}
