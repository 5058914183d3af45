package org.bureaucrathackers.fellowship.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads inbox URLs and names their host and origin the same way everywhere. A host keeps its port when the
 * port is not the scheme's default, so two servers on one machine are two hosts.
 */
public final class InboxUrls {

    public static final int MAX_URL_LENGTH = 2048;

    private InboxUrls() {
    }

    /** The URL if it is an absolute http(s) URL with a host and no user info; empty otherwise. */
    public static Optional<URI> parse(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** host[:port] in lower case, e.g. {@code mastodon.example} or {@code 127.0.0.1:8081}. */
    public static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return port < 0 || port == defaultPort(uri) ? host : host + ":" + port;
    }

    /** The host of a URL as {@link #hostOf(URI)} names it, or empty if the URL is not usable. */
    public static Optional<String> hostOf(String url) {
        return parse(url).map(InboxUrls::hostOf);
    }

    /** scheme://host[:port], the key of the double-knock memory. */
    public static String originOf(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + hostOf(uri);
    }

    private static int defaultPort(URI uri) {
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
