package org.bureaucrathackers.fellowship.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a node's leases carry. It must stay the same across restarts of one node and differ between nodes
 * sharing a database; the host name does both in the usual deployments, and operators can set it.
 */
public final class NodeName {

    public static final int MAX_LENGTH = 100;
    static final String RULE = "must be 1 to " + MAX_LENGTH + " letters, digits, '.', '-', '_' or ':'";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");
    private static final String FALLBACK = "fellowship";

    private NodeName() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** The host's name, made valid; a fixed name when the host has none. */
    public static String ofThisHost() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException | SecurityException e) {
                host = FALLBACK;
            }
        }
        String cleaned = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._:-]", "-");
        if (cleaned.length() > MAX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_LENGTH);
        }
        return isValid(cleaned) ? cleaned : FALLBACK;
    }
}
