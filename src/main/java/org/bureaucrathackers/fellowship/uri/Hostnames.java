package org.bureaucrathackers.fellowship.uri;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Host names as moderation compares them (X16): lower case, IDNA ASCII form, one trailing dot dropped, no port.
 * A host is within a domain when it is the domain or one of its subdomains.
 */
public final class Hostnames {

    public static final int MAX_LENGTH = 253;
    private static final Pattern LABELS =
            Pattern.compile("^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$");
    private static final Pattern IPV4 = Pattern.compile("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$");

    private Hostnames() {
    }

    /** The host in canonical form, or empty when the text is not a host name (URLs, wildcards, spaces …). */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String host = text.strip();
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return host.length() <= MAX_LENGTH && LABELS.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    /** The host part of {@code host[:port]} (or {@code [v6]:port}), normalised; null when unusable. */
    public static String ofAuthority(String authority) {
        if (authority == null) {
            return null;
        }
        String host = authority.strip();
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? null : host.substring(0, close + 1).toLowerCase(Locale.ROOT);
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(':') == colon) {
            host = host.substring(0, colon);
        }
        return normalize(host).orElse(null);
    }

    /** Whether {@code host} is {@code domain} or a subdomain of it; both already normalised. */
    public static boolean isWithin(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain) && !isIpv4(host);
    }

    /**
     * The domain a host was registered under, by the last-two-labels rule ({@code a.b.example.org} →
     * {@code example.org}); IP addresses and single labels stand for themselves. Without a public-suffix list,
     * hosts under two-label suffixes ({@code gov.uk}) share the suffix as their "registrable" domain, which
     * only makes the limits that use this stricter.
     */
    public static String registrableDomain(String host) {
        if (isIpv4(host) || host.startsWith("[")) {
            return host;
        }
        int last = host.lastIndexOf('.');
        if (last < 0) {
            return host;
        }
        int previous = host.lastIndexOf('.', last - 1);
        return previous < 0 ? host : host.substring(previous + 1);
    }

    public static boolean isIpv4(String host) {
        return IPV4.matcher(host).matches();
    }
}
