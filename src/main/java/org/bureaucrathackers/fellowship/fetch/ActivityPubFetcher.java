package org.bureaucrathackers.fellowship.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.fetch.FetchException.Kind;
import org.bureaucrathackers.fellowship.jsonld.BoundedJson;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException;
import org.bureaucrathackers.fellowship.signature.RequestSigning;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.uri.Authorities;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Fetches ActivityPub documents the way the security rules require: signed by the instance actor (S6), with
 * a second knock in the other signature scheme on 400/401 (S17), at most five redirects, each re-signed and
 * re-checked (X10), never from this instance itself (X11), only with an ActivityStreams content type (A1), and
 * only when the document's id is the URL it came from, after one refetch by id if need be (X9).
 */
public final class ActivityPubFetcher {

    public static final String ACCEPT =
            "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
    static final String ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams";
    static final int MAX_REDIRECTS = 5;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** One fetch may take several requests (redirects, a second knock, a refetch by id); bound them all. */
    static final Duration FETCH_BUDGET = Duration.ofSeconds(60);

    private final HttpTransport transport;
    private final RequestSigning signing;
    private final Supplier<SigningKey> signingKey;
    private final String ownOrigin;
    private final Clock clock;
    private final SchemePreferences schemes;
    private final BoundedJson parser = BoundedJson.remote();

    /**
     * @param signingKey the instance actor's RSA key, asked for on each request (it may be created lazily)
     * @param uris       this instance's URLs, which are never fetched
     * @param clock      the time written into signatures
     */
    public ActivityPubFetcher(HttpTransport transport, RequestSigning signing, Supplier<SigningKey> signingKey,
                              LocalUris uris, Clock clock, SchemePreferences schemes) {
        this.transport = transport;
        this.signing = signing;
        this.signingKey = signingKey;
        this.ownOrigin = Authorities.origin(URI.create(uris.base()));
        this.clock = clock;
        this.schemes = schemes;
    }

    public ActivityPubFetcher(HttpTransport transport, RequestSigning signing, Supplier<SigningKey> signingKey,
                              LocalUris uris, Clock clock) {
        this(transport, signing, signingKey, uris, clock, SchemePreferences.inMemory(10_000));
    }

    /** Fetches the document at {@code uri} (its fragment, if any, is dropped). */
    public FetchedDocument fetch(URI uri) throws FetchException {
        long deadline = System.nanoTime() + FETCH_BUDGET.toNanos();
        URI requested = withoutFragment(requireHttp(uri));
        refuseLocal(requested);
        Received first = getFollowingRedirects(requested, deadline);
        JsonNode json = document(first);
        String id = json.path("id").isTextual() ? json.get("id").textValue() : null;
        if (first.uri.toString().equals(id)) {
            return new FetchedDocument(first.uri, json);
        }
        if (id == null) {
            throw new FetchException(Kind.ID_MISMATCH, "the document at " + first.uri + " has no id");
        }
        // X9 (b): the document names another id; only that URL's own answer may speak for it.
        URI claimed;
        try {
            claimed = requireHttp(new URI(id));
        } catch (URISyntaxException | FetchException e) {
            throw new FetchException(Kind.ID_MISMATCH, "the document at " + first.uri + " has an unusable id");
        }
        if (isLocal(claimed)) {
            throw new FetchException(Kind.ID_MISMATCH, "the document at " + first.uri
                    + " claims the local id " + abbreviate(id));
        }
        if (claimed.getRawFragment() != null) {
            throw new FetchException(Kind.ID_MISMATCH, "the document at " + first.uri + " has the id "
                    + abbreviate(id) + ", which has a fragment");
        }
        Received second = getFollowingRedirects(claimed, deadline);
        JsonNode refetched = document(second);
        String refetchedId = refetched.path("id").isTextual() ? refetched.get("id").textValue() : null;
        if (!id.equals(refetchedId) || !second.uri.toString().equals(id)) {
            throw new FetchException(Kind.ID_MISMATCH, "the document at " + first.uri + " claims the id "
                    + abbreviate(id) + ", which " + (second.uri.toString().equals(id)
                    ? "serves a document with another id" : "redirects to " + second.uri));
        }
        return new FetchedDocument(claimed, refetched);
    }

    /** Whether {@code uri} is on this instance, which answers for its own objects from its database. */
    public boolean isLocal(URI uri) {
        String origin = Authorities.origin(uri);
        return origin != null && origin.equals(ownOrigin);
    }

    private record Received(URI uri, TransportResponse response) {
    }

    private Received getFollowingRedirects(URI start, long deadline) throws FetchException {
        Set<URI> visited = new HashSet<>();
        URI current = start;
        for (int redirects = 0; ; redirects++) {
            if (!visited.add(current)) {
                throw new FetchException(Kind.TOO_MANY_REDIRECTS, "redirect loop at " + current);
            }
            TransportResponse response = signedGet(current, deadline);
            int status = response.status();
            if (isRedirect(status)) {
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchException(Kind.TOO_MANY_REDIRECTS, start + " redirects more than "
                            + MAX_REDIRECTS + " times");
                }
                current = redirectTarget(current, response.header("location"));
                continue;
            }
            if (status >= 200 && status < 300) {
                return new Received(current, response);
            }
            throw FetchException.forStatus(status, current);
        }
    }

    private URI redirectTarget(URI from, String location) throws FetchException {
        if (location == null || location.isBlank()) {
            throw new FetchException(Kind.HTTP_STATUS, from + " redirects without a Location");
        }
        URI next;
        try {
            next = withoutFragment(requireHttp(from.resolve(new URI(location.strip()))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(Kind.BAD_URL, from + " redirects to an unusable URL");
        }
        if (from.getScheme().equalsIgnoreCase("https") && next.getScheme().equalsIgnoreCase("http")) {
            throw new FetchException(Kind.BAD_URL, from + " redirects from https down to http");
        }
        refuseLocal(next);
        return next;
    }

    /** One GET, signed; on 400 or 401 signed once more with the other scheme, which is then remembered. */
    private TransportResponse signedGet(URI target, long deadline) throws FetchException {
        String origin = Authorities.origin(target);
        SignatureScheme first = schemes.preferred(origin);
        TransportResponse response = send(target, first, deadline);
        if (response.status() != 400 && response.status() != 401) {
            return response;
        }
        SignatureScheme other = first == SignatureScheme.CAVAGE ? SignatureScheme.RFC9421 : SignatureScheme.CAVAGE;
        TransportResponse retried = send(target, other, deadline);
        if (retried.status() != 400 && retried.status() != 401) {
            schemes.worked(origin, other);
        }
        return retried;
    }

    private TransportResponse send(URI target, SignatureScheme scheme, long deadline) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException(Kind.TIMEOUT, "fetching " + target + " took longer than "
                    + FETCH_BUDGET.toSeconds() + " s");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", ACCEPT);
        headers.putAll(signing.sign(scheme, "GET", target, Map.copyOf(headers), null, signingKey.get(),
                clock.instant()));
        Duration timeout = Duration.ofNanos(Math.min(remaining, REQUEST_TIMEOUT.toNanos()));
        try {
            return transport.send("GET", target, headers, null, timeout);
        } catch (FetchException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new FetchException(Kind.NETWORK, "cannot fetch " + target + ": " + e.getMessage(), e);
        }
    }

    private JsonNode document(Received received) throws FetchException {
        String contentType = received.response.header("content-type");
        if (!isActivityStreams(contentType)) {
            throw new FetchException(Kind.BAD_CONTENT_TYPE, received.uri + " is "
                    + (contentType == null ? "of no declared type" : abbreviate(contentType))
                    + ", not an ActivityStreams document");
        }
        JsonNode json;
        try {
            json = parser.parse(received.response.body());
        } catch (JsonLdException e) {
            throw new FetchException(Kind.BAD_DOCUMENT, received.uri + ": " + e.getMessage());
        }
        if (!json.isObject()) {
            throw new FetchException(Kind.BAD_DOCUMENT, received.uri + " is not a JSON object");
        }
        return json;
    }

    /**
     * A1: {@code application/activity+json}, or {@code application/ld+json} whose profile names
     * ActivityStreams. Parameters such as charset are ignored.
     */
    public static boolean isActivityStreams(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("application/activity+json")) {
            return true;
        }
        if (!mediaType.equals("application/ld+json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("profile")) {
                continue;
            }
            String value = parameter.substring(equals + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            for (String profile : value.split("\\s+")) {
                if (profile.equals(ACTIVITY_STREAMS)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refuseLocal(URI uri) throws FetchException {
        if (isLocal(uri)) {
            throw new FetchException(Kind.LOCAL_URI, uri + " is on this instance; it is looked up locally, "
                    + "never fetched");
        }
    }

    private static URI requireHttp(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new FetchException(Kind.BAD_URL, "'" + abbreviate(uri.toString()) + "' is not an http(s) URL");
        }
        return uri;
    }

    private static URI withoutFragment(URI uri) throws FetchException {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        try {
            return new URI(text.substring(0, text.indexOf('#')));
        } catch (URISyntaxException e) {
            throw new FetchException(Kind.BAD_URL, "'" + abbreviate(text) + "' is not a URL");
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
