package org.bureaucrathackers.fellowship.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.FetchedDocument;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RefusedDocumentException;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * The post a pasted URL names (its id or its permalink): ours from the database; another server's from the
 * database when already stored, else fetched from its origin (signed, id-checked), its author resolved and
 * the post stored like a received one.
 */
public final class StatusResolver {

    private static final int MAX_URL = 2048;

    private final Statuses lookup;
    private final ActivityPubFetcher fetcher;
    private final RemoteActors actors;
    private final RemoteNotes remoteNotes;
    private final LocalUris uris;
    private final NoteReader reader = new NoteReader();

    public StatusResolver(Statuses lookup, ActivityPubFetcher fetcher, RemoteActors actors,
                          RemoteNotes remoteNotes, LocalUris uris) {
        this.lookup = lookup;
        this.fetcher = fetcher;
        this.actors = actors;
        this.remoteNotes = remoteNotes;
        this.uris = uris;
    }

    /**
     * @throws InvalidPostException when the URL is not an http(s) URL of a post
     * @throws FetchException       when another server's post cannot be fetched or its author resolved
     */
    public Status resolve(String url) throws FetchException {
        String text = url == null ? "" : url.strip();
        URI uri = parse(text);
        Optional<Status> known = lookup.byUriOrUrl(text);
        if (known.isPresent()) {
            return known.get();
        }
        if (uris.isLocal(text)) {
            throw new InvalidPostException("there is no post at " + text);
        }
        FetchedDocument document = fetcher.fetch(uri);
        Optional<Status> byId = lookup.byUri(document.id());
        if (byId.isPresent()) {
            return byId.get();
        }
        RemoteNote note;
        try {
            note = reader.read(document.json());
        } catch (RefusedDocumentException e) {
            throw new InvalidPostException(text + " is not a post: " + e.reason());
        }
        Account author = actors.resolve(note.attributedTo());
        if (author.isDeleted()) {
            throw new InvalidPostException("the author of " + text + " has been deleted");
        }
        try {
            return remoteNotes.create(author, note);
        } catch (RefusedActivityException e) {
            throw new InvalidPostException(text + " cannot be used: " + e.reason());
        }
    }

    private static URI parse(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (text.isEmpty() || text.length() > MAX_URL || !(lower.startsWith("https://") || lower.startsWith("http://"))) {
            throw new InvalidPostException("'" + abbreviate(text) + "' is not the http(s) URL of a post");
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidPostException("'" + abbreviate(text) + "' is not the http(s) URL of a post");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
