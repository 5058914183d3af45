package org.bureaucrathackers.fellowship.webfinger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.FetchException.Kind;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportResponse;
import org.bureaucrathackers.fellowship.jsonld.BoundedJson;
import org.bureaucrathackers.fellowship.jsonld.JsonBounds;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException;
import org.bureaucrathackers.fellowship.uri.Authorities;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Finds actors by handle on other servers (D15): {@code https://host/.well-known/webfinger} through the safe
 * transport, at most five redirects on the same scheme, a bounded JRD whose subject names the user asked for
 * (case-insensitively, D4) and whose {@code self} link is an ActivityPub actor. Plain http is tried after https
 * only when the private network is allowed, for instances side by side on one machine.
 */
public final class WebFingerClient {

    static final int MAX_REDIRECTS = 5;
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** How long https gets before plain http is tried, when the private network is allowed. */
    public static final Duration DEFAULT_HTTPS_PROBE = Duration.ofSeconds(5);
    static final String ACCEPT = "application/jrd+json, application/json";
    private static final JsonBounds JRD_BOUNDS = new JsonBounds(256 * 1024, 16, 5_000);
    private static final int MAX_LINKS = 100;
    private static final Pattern USER = Pattern.compile("^[^\\s@/?#:]{1,255}$");
    private static final Pattern HOST = Pattern.compile("^[a-zA-Z0-9.-]{1,253}(:[0-9]{1,5})?$");

    private final HttpTransport transport;
    private final boolean allowPrivateNetwork;
    private final LocalUris uris;
    private final AccountStore accounts;
    private final RemoteActors actors;
    private final Duration httpsProbe;
    private final BoundedJson parser = new BoundedJson(JRD_BOUNDS);

    /**
     * @param allowPrivateNetwork whether plain http is tried after https (for instances side by side on one
     *                            machine or network), as the setting of the same name allows
     * @param httpsProbe          how long https gets before http is tried, when it is
     */
    public WebFingerClient(HttpTransport transport, boolean allowPrivateNetwork, LocalUris uris,
                           AccountStore accounts, RemoteActors actors, Duration httpsProbe) {
        this.transport = transport;
        this.allowPrivateNetwork = allowPrivateNetwork;
        this.uris = uris;
        this.accounts = accounts;
        this.actors = actors;
        this.httpsProbe = httpsProbe;
    }

    public WebFingerClient(HttpTransport transport, boolean allowPrivateNetwork, LocalUris uris,
                           AccountStore accounts, RemoteActors actors) {
        this(transport, allowPrivateNetwork, uris, accounts, actors, DEFAULT_HTTPS_PROBE);
    }

    /** A handle split into its parts; the domain is lower-cased and may carry a port. */
    public record Handle(String username, String domain) {
        public String acct() {
            return username + "@" + domain;
        }
    }

    /** Reads {@code user@host[:port]}, {@code @user@host} or {@code acct:user@host}. */
    public static Handle parseHandle(String text) throws FetchException {
        String handle = text == null ? "" : text.strip();
        if (handle.regionMatches(true, 0, "acct:", 0, 5)) {
            handle = handle.substring(5);
        }
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        int at = handle.indexOf('@');
        if (at <= 0 || at != handle.lastIndexOf('@')) {
            throw notAHandle(text);
        }
        String user = handle.substring(0, at);
        String host = handle.substring(at + 1);
        if (!USER.matcher(user).matches() || !HOST.matcher(host).matches()) {
            throw notAHandle(text);
        }
        return new Handle(user, host.toLowerCase(Locale.ROOT));
    }

    /** The actor id a handle names, from its server's WebFinger (or our database, for our own handles). */
    public URI lookup(String text) throws FetchException {
        Handle handle = parseHandle(text);
        if (handle.domain().equals(uris.domain().toLowerCase(Locale.ROOT))) {
            Account local = accounts.findLocal(handle.username())
                    .filter(account -> !account.isDeleted())
                    .orElseThrow(() -> new FetchException(Kind.NOT_FOUND, "there is no fellow " + handle.acct()));
            return URI.create(local.uri());
        }
        if (!allowPrivateNetwork) {
            return lookupWith("https", handle, TIMEOUT);
        }
        try {
            return lookupWith("https", handle, httpsProbe);
        } catch (FetchException e) {
            // A plain-http server may answer a TLS handshake with an error, or with nothing at all.
            if (e.kind() != Kind.NETWORK && e.kind() != Kind.TIMEOUT) {
                throw e;
            }
        }
        return lookupWith("http", handle, TIMEOUT);
    }

    /**
     * The account a handle or an actor/profile URL leads to, fetched and stored when remote.
     *
     * @throws FetchException when there is none; kind GONE when it has been deleted
     */
    public ResolvedHandle resolveHandleOrUrl(String input) throws FetchException {
        String text = input == null ? "" : input.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        Account account;
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            account = byUrl(text);
        } else {
            Handle handle = parseHandle(text);
            account = actors.resolve(lookup(text).toString());
            if (!account.username().equalsIgnoreCase(handle.username())) {
                throw new FetchException(Kind.BAD_DOCUMENT, handle.acct() + " leads to " + account.uri()
                        + ", whose username is " + account.username());
            }
        }
        if (account.isDeleted()) {
            throw new FetchException(Kind.GONE, account.uri() + " has been deleted");
        }
        String domain = account.isLocal() ? uris.domain() : account.domain();
        return new ResolvedHandle(account, account.username() + "@" + domain);
    }

    private Account byUrl(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchException(Kind.BAD_URL, "'" + abbreviate(url) + "' is not a URL");
        }
        if (isLocal(uri)) {
            Optional<Account> local = accounts.findByUri(url)
                    .or(() -> uris.usernameOf(url).flatMap(accounts::findLocal));
            return local.orElseThrow(() -> new FetchException(Kind.NOT_FOUND, "there is no local actor at " + url));
        }
        return actors.resolveUrl(url);
    }

    private URI lookupWith(String scheme, Handle handle, Duration timeout) throws FetchException {
        URI current = query(scheme, handle);
        Set<URI> visited = new HashSet<>();
        for (int redirects = 0; ; redirects++) {
            if (!visited.add(current)) {
                throw new FetchException(Kind.TOO_MANY_REDIRECTS, "WebFinger redirect loop at " + current);
            }
            TransportResponse response = get(current, timeout);
            int status = response.status();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchException(Kind.TOO_MANY_REDIRECTS, "WebFinger for " + handle.acct()
                            + " redirects more than " + MAX_REDIRECTS + " times");
                }
                current = redirectTarget(current, response.header("location"));
                continue;
            }
            if (status == 404) {
                throw new FetchException(Kind.NOT_FOUND, handle.domain() + " knows no account " + handle.acct());
            }
            if (status == 410) {
                throw new FetchException(Kind.GONE, handle.acct() + " has been deleted");
            }
            if (status != 200) {
                throw FetchException.forStatus(status, current);
            }
            return selfLink(handle, response);
        }
    }

    private static URI query(String scheme, Handle handle) throws FetchException {
        try {
            return new URI(scheme + "://" + handle.domain() + "/.well-known/webfinger?resource="
                    + URLEncoder.encode("acct:" + handle.acct(), StandardCharsets.UTF_8));
        } catch (URISyntaxException e) {
            throw notAHandle(handle.acct());
        }
    }

    private TransportResponse get(URI target, Duration timeout) throws FetchException {
        try {
            return transport.send("GET", target, Map.of("Accept", ACCEPT), null, timeout);
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(Kind.NETWORK, "cannot fetch " + target + ": " + e.getMessage(), e);
        }
    }

    /** D15: a redirect stays on the same scheme and never points at this instance. */
    private URI redirectTarget(URI from, String location) throws FetchException {
        if (location == null || location.isBlank()) {
            throw new FetchException(Kind.HTTP_STATUS, from + " redirects without a Location");
        }
        URI next;
        try {
            next = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(Kind.BAD_URL, from + " redirects to an unusable URL");
        }
        if (next.getScheme() == null || !next.getScheme().equalsIgnoreCase(from.getScheme())
                || Authorities.of(next) == null) {
            throw new FetchException(Kind.BAD_URL, "WebFinger at " + from + " redirects to another scheme");
        }
        if (isLocal(next)) {
            throw new FetchException(Kind.LOCAL_URI, "WebFinger at " + from + " redirects to this instance");
        }
        return next;
    }

    private URI selfLink(Handle handle, TransportResponse response) throws FetchException {
        JsonNode jrd;
        try {
            jrd = parser.parse(response.body());
        } catch (JsonLdException e) {
            throw new FetchException(Kind.BAD_DOCUMENT, "WebFinger for " + handle.acct() + ": " + e.getMessage());
        }
        String subject = jrd.path("subject").isTextual() ? jrd.get("subject").textValue() : null;
        if (subject == null) {
            throw new FetchException(Kind.BAD_DOCUMENT, "WebFinger for " + handle.acct() + " has no subject");
        }
        String subjectUser = subjectUser(subject);
        if (!handle.username().equalsIgnoreCase(subjectUser)) {
            throw new FetchException(Kind.BAD_DOCUMENT, "WebFinger for " + handle.acct() + " answers for "
                    + abbreviate(subject));
        }
        int seen = 0;
        for (JsonNode link : jrd.path("links")) {
            if (++seen > MAX_LINKS) {
                break;
            }
            if (!"self".equals(link.path("rel").textValue()) || !isActivityPubType(link.path("type").textValue())) {
                continue;
            }
            String href = link.path("href").textValue();
            if (href == null || href.length() > 2048 || Authorities.of(href) == null) {
                continue;
            }
            URI actor = URI.create(href);
            if (isLocal(actor)) {
                throw new FetchException(Kind.BAD_DOCUMENT, "WebFinger for " + handle.acct()
                        + " points at this instance");
            }
            return actor;
        }
        throw new FetchException(Kind.BAD_DOCUMENT, "WebFinger for " + handle.acct() + " has no ActivityPub self link");
    }

    private static String subjectUser(String subject) {
        String text = subject.regionMatches(true, 0, "acct:", 0, 5) ? subject.substring(5) : subject;
        int at = text.lastIndexOf('@');
        return at <= 0 ? null : text.substring(text.startsWith("@") ? 1 : 0, at);
    }

    private static boolean isActivityPubType(String type) {
        return ActivityPubFetcher.isActivityStreams(type);
    }

    private boolean isLocal(URI uri) {
        String origin = Authorities.origin(uri);
        return origin != null && origin.equals(Authorities.origin(URI.create(uris.base())));
    }

    private static FetchException notAHandle(String text) {
        return new FetchException(Kind.BAD_URL, "'" + abbreviate(text == null ? "" : text)
                + "' is not a handle of the form user@host");
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
