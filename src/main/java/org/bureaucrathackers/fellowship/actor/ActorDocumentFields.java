package org.bureaucrathackers.fellowship.actor;

import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.fetch.FetchException.Kind;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.uri.Authorities;
import org.bureaucrathackers.fellowship.vocab.PropertyValue;
import org.bureaucrathackers.fellowship.vocab.RemoteActor;

/** How the values of a remote actor document are checked and cut down before {@link RemoteActors} stores them. */
final class ActorDocumentFields {

    private ActorDocumentFields() {
    }

    static String usernameOf(RemoteActor actor) throws FetchException {
        String username = actor.preferredUsername();
        if (username == null && actor.webfinger() != null) {
            String handle = actor.webfinger().startsWith("acct:") ? actor.webfinger().substring(5) : actor.webfinger();
            int at = handle.startsWith("@") ? handle.indexOf('@', 1) : handle.indexOf('@');
            username = at > 0 ? handle.substring(handle.startsWith("@") ? 1 : 0, at) : null;
        }
        if (username == null) {
            throw new FetchException(Kind.BAD_DOCUMENT, actor.id() + " has no usable preferredUsername");
        }
        if (username.length() > RemoteActors.MAX_USERNAME || !RemoteActors.USERNAME.matcher(username).matches()) {
            throw new FetchException(Kind.BAD_DOCUMENT, actor.id() + " has a preferredUsername that is longer than "
                    + RemoteActors.MAX_USERNAME + " characters or contains spaces, '@', '/', '?' or '#'");
        }
        return username;
    }

    /** X20: profile and collection URLs count only on the actor's own host. */
    static String onActorHost(String url, String domain) {
        return url != null && domain.equals(Authorities.of(url)) ? url : null;
    }

    static List<ProfileField> fields(List<PropertyValue> values) {
        List<ProfileField> fields = new ArrayList<>();
        for (PropertyValue value : values) {
            fields.add(new ProfileField(RemoteText.cut(value.name(), RemoteActors.MAX_FIELD_NAME),
                    RemoteText.html(value.value(), RemoteActors.MAX_FIELD_HTML)));
        }
        return fields;
    }

    static List<String> aliases(List<String> alsoKnownAs) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String alias : alsoKnownAs) {
            length += alias.length() + 1;
            if (length > RemoteActors.MAX_ALIASES_TEXT) {
                break;
            }
            kept.add(alias);
        }
        return kept;
    }
}
