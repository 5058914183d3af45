package org.bureaucrathackers.fellowship.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Usernames;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * What a WebFinger {@code resource} names (rules D6, D10): a local fellow, the instance actor, or something
 * that is not ours. Accepts {@code acct:user@host}, {@code user@host}, {@code @user@host}, and the actor or
 * profile URL; the host must be this instance's domain, compared case-insensitively.
 */
public sealed interface WebFingerResource {

    int MAX_LENGTH = 2048;

    /** A local fellow by username, in the case the client used (lookups ignore case). */
    record Fellow(String username) implements WebFingerResource {
    }

    /** The instance actor: {@code acct:{domain}@{domain}} or its URL. */
    record InstanceActor() implements WebFingerResource {
    }

    /** Well-formed, but names no account this instance could have (another host, another path). */
    record Elsewhere() implements WebFingerResource {
    }

    /** @throws MalformedResourceException when {@code resource} is missing, too long or garbled */
    static WebFingerResource parse(String resource, LocalUris uris) {
        return Parser.parse(resource, uris);
    }

    /** The parsing rules, kept out of the interface's public surface. */
    final class Parser {
        private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
        private static final Pattern HOST = Pattern.compile("^[\\p{L}\\p{N}.-]+(:[0-9]{1,5})?$");
        private static final Pattern USER = Pattern.compile("^[^\\s@/?#]+$");
        private static final Pattern USERNAME = Pattern.compile("^[a-z0-9_]+([.-]+[a-z0-9_]+)*$",
                Pattern.CASE_INSENSITIVE);

        private Parser() {
        }

        static WebFingerResource parse(String resource, LocalUris uris) {
            if (resource == null || resource.isBlank()) {
                throw new MalformedResourceException("the resource parameter is required, e.g. acct:name@"
                        + uris.domain());
            }
            if (resource.length() > MAX_LENGTH) {
                throw new MalformedResourceException("the resource parameter is longer than " + MAX_LENGTH
                        + " characters");
            }
            String text = resource.strip();
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.startsWith("acct:")) {
                return handle(text.substring("acct:".length()), uris);
            }
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                return url(text, uris);
            }
            if (SCHEME.matcher(text).find() && !text.contains("@")) {
                throw new MalformedResourceException("unsupported resource scheme; use acct: or an https URL");
            }
            return handle(text, uris);
        }

        private static WebFingerResource handle(String handle, LocalUris uris) {
            String text = handle.startsWith("@") ? handle.substring(1) : handle;
            int at = text.indexOf('@');
            if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
                throw new MalformedResourceException("'" + abbreviate(handle) + "' is not a handle of the form name@host");
            }
            String user = text.substring(0, at);
            String host = text.substring(at + 1);
            if (!HOST.matcher(host).matches()) {
                throw new MalformedResourceException("'" + abbreviate(host) + "' is not a host name");
            }
            if (!host.equalsIgnoreCase(uris.domain())) {
                return new Elsewhere();
            }
            if (user.equalsIgnoreCase(uris.domain()) || user.equalsIgnoreCase(hostWithoutPort(uris.domain()))) {
                return new InstanceActor();
            }
            if (!USER.matcher(user).matches()) {
                throw new MalformedResourceException("'" + abbreviate(user) + "' is not a user name");
            }
            return fellow(user);
        }

        private static WebFingerResource url(String text, LocalUris uris) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new MalformedResourceException("'" + abbreviate(text) + "' is not a valid URL");
            }
            if (uri.getRawAuthority() == null) {
                throw new MalformedResourceException("'" + abbreviate(text) + "' is not a valid URL");
            }
            if (sameOrigin(uri, uris.instanceActor()) && "/actor".equals(uri.getRawPath())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return new InstanceActor();
            }
            return uris.usernameOf(text).map(Parser::fellow).orElseGet(Elsewhere::new);
        }

        private static WebFingerResource fellow(String username) {
            // A name no fellow could have cannot be found; skip the lookup.
            if (username.length() > Usernames.MAX_LENGTH || !USERNAME.matcher(username).matches()) {
                return new Elsewhere();
            }
            return new Fellow(username);
        }

        private static boolean sameOrigin(URI uri, String reference) {
            URI ours = URI.create(reference);
            return uri.getScheme().equalsIgnoreCase(ours.getScheme())
                    && uri.getRawAuthority().equalsIgnoreCase(ours.getRawAuthority());
        }

        private static String hostWithoutPort(String domain) {
            int colon = domain.lastIndexOf(':');
            return colon < 0 ? domain : domain.substring(0, colon);
        }

        private static String abbreviate(String text) {
            return text.length() <= 80 ? text : text.substring(0, 80) + "…";
        }
    }
}
