package org.bureaucrathackers.fellowship.mastodon.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address a request came from, for rate limits. A reverse proxy on the same machine (the documented
 * setup for TLS) makes every request arrive from loopback, so only then the last {@code X-Forwarded-For}
 * entry, the one that proxy appended, is believed; from anywhere else the header could be forged and is
 * ignored.
 */
public final class ClientAddress {

    private static final int MAX_HEADER_LENGTH = 4_096;
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    private ClientAddress() {
    }

    public static String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!isLoopback(peer)) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || forwarded.length() > MAX_HEADER_LENGTH) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        return isLiteral(last) ? last.toLowerCase(Locale.ROOT) : peer;
    }

    private static boolean isLoopback(String address) {
        String bare = address == null ? "" : address.replace("[", "").replace("]", "");
        if (!isLiteral(bare)) {
            return false;
        }
        try {
            // Only literal addresses get here, so no name is looked up.
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isLiteral(String text) {
        return IPV4.matcher(text).matches() || (text.indexOf(':') >= 0 && IPV6.matcher(text).matches());
    }
}
