package org.bureaucrathackers.fellowship.feeds;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Sends a feed with the headers feed readers poll by: a short public cache lifetime (as Mastodon's feeds),
 * an ETag of the document (answering 304 to a reader that already has it) and its Last-Modified time.
 */
final class FeedAnswers {

    /** Seconds a cache may keep a feed: readers poll often, and a new post should show within a minute. */
    static final int MAX_AGE = 60;
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private FeedAnswers() {
    }

    static void send(Context ctx, FeedRoutes.Format format, Feed feed) {
        byte[] body = format.writer.apply(feed).getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + digest(body) + "\"";
        ctx.header("Cache-Control", "public, max-age=" + MAX_AGE);
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", HTTP_DATE.format(feed.updated()));
        // Only the ETag answers 304: a deleted post or an edited profile changes the feed without making it
        // newer, so If-Modified-Since alone could keep a reader on a stale copy.
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(format.contentType);
        ctx.result(body);
    }

    /** Whether an If-None-Match list names this ETag (weak comparison, as RFC 9110 asks for GET). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 4096) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
