package org.bureaucrathackers.fellowship.http;

import io.javalin.http.Context;
import java.util.Locale;

/** Reads the Accept header: ActivityPub JSON, other JSON, or HTML. */
public final class Negotiation {

    public static final String ACTIVITY_JSON = "application/activity+json";
    public static final String LD_JSON_AS = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
    private static final String AS_PROFILE = "https://www.w3.org/ns/activitystreams";

    private Negotiation() {
    }

    /** The AS content type the request asked for, or null when it asked for something else (HTML). */
    public static String activityContentType(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null) {
            return null;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        String chosen = null;
        double best = 0;
        for (String range : lower.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim();
            double quality = quality(parts);
            String candidate = switch (type) {
                case ACTIVITY_JSON -> ACTIVITY_JSON;
                case "application/ld+json" -> range.contains(AS_PROFILE) ? LD_JSON_AS : ACTIVITY_JSON;
                case "application/json" -> ACTIVITY_JSON;
                case "text/html", "application/xhtml+xml" -> "html";
                default -> null;
            };
            if (candidate != null && quality > best) {
                best = quality;
                chosen = candidate;
            }
        }
        return "html".equals(chosen) ? null : chosen;
    }

    /** Whether an error for this request should be JSON rather than an HTML page. */
    public static boolean prefersJson(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/api/") || path.startsWith("/.well-known/") || path.startsWith("/nodeinfo")
                || path.startsWith("/oauth/") || path.endsWith("/inbox")
                // Feeds are read by programs, whose Accept rarely names JSON; a message still beats a page.
                || path.endsWith(".rss") || path.endsWith(".atom")) {
            return true;
        }
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        boolean json = lower.contains("json");
        boolean html = lower.contains("text/html");
        return json && (!html || lower.indexOf("json") < lower.indexOf("text/html"));
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
