package org.bureaucrathackers.fellowship.media;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportResponse;

/**
 * Fetches one remote image through the guarded transport (no private addresses, bounded size and time; each
 * redirect is checked like the first request) and tells its type by its first bytes, as uploads are: only a
 * JPEG, PNG or GIF image is taken, whatever the other server claims.
 */
final class RemoteMediaFetcher {

    /** Redirects followed at most (media servers often send files on to a CDN). */
    static final int MAX_REDIRECTS = 3;
    /** The longest one fetch may take, body included. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpTransport transport;
    private final long maxFileBytes;

    RemoteMediaFetcher(HttpTransport transport, long maxFileBytes) {
        this.transport = transport;
        this.maxFileBytes = maxFileBytes;
    }

    /** A fetched image: its bytes as served and the format they are. */
    record Fetched(byte[] content, MediaFormat format) {
    }

    /**
     * @throws Refused       when the file will never do (too large, not an image, an address we may not reach)
     * @throws IOException   when the fetch failed for a reason that may pass (network, time, a 5xx)
     */
    Fetched fetch(String url) throws IOException, Refused {
        URI target = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            TransportResponse response;
            try {
                response = transport.send("GET", target, Map.of("Accept", "image/*"), null, TIMEOUT);
            } catch (FetchException e) {
                if (e.isTransient()) {
                    throw e;
                }
                throw new Refused(e.reason());
            }
            int status = response.status();
            if (status >= 300 && status < 400 && response.header("location") != null) {
                target = parse(target.resolve(response.header("location")).toString());
                continue;
            }
            if (status == 408 || status == 429 || status >= 500) {
                throw new IOException(url + " answered " + status);
            }
            if (status != 200) {
                throw new Refused(url + " answered " + status);
            }
            byte[] content = response.body();
            if (content.length == 0) {
                throw new Refused(url + " sent an empty file");
            }
            if (content.length > maxFileBytes) {
                throw new Refused(url + " is larger than " + maxFileBytes + " bytes");
            }
            MediaFormat format;
            try {
                format = MediaFormat.of(content, "file");
            } catch (InvalidMediaException e) {
                throw new Refused(url + " is not an image: " + e.problem());
            }
            if (!format.isImage()) {
                throw new Refused(url + " is not an image");
            }
            return new Fetched(content, format);
        }
        throw new Refused(url + " redirects more than " + MAX_REDIRECTS + " times");
    }

    private static URI parse(String url) throws Refused {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new Refused("not an absolute URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new Refused("not a URL: " + url);
        }
    }

    /** The file will never be taken: the remote URL stays what is shown. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }
}
