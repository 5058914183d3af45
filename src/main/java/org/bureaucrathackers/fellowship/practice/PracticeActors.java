package org.bureaucrathackers.fellowship.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.post.MentionResolver;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Finds who a practice names: its coauthors (fellows, by handle or actor IRI), its community (a Group, by handle
 * or IRI) and the authors of the practices it was adapted from. All of them are addressed, so the Create reaches
 * them and the original's instance can list the adaptation. It may go to the network: call it outside transactions.
 */
public final class PracticeActors {

    /** Finds an actor by IRI, fetching it if it is not known here. */
    public interface ByUri {
        Optional<Account> find(String uri);
    }

    /** Finds the post (and so its author) an {@code adapted_from} URL names, fetching it if need be. */
    public interface Originals {
        /** The post's IRI and author, or empty when no post can be found there. */
        Optional<Original> find(String url);
    }

    public record Original(String uri, Account author) {
    }

    /** The content with coauthors, community and sources as resolved, and the actors to address. */
    public record Resolved(PracticeContent content, List<String> coauthorHandles, List<String> coauthorUris,
                           String communityHandle, String communityUri, List<Account> addressed) {
    }

    private final AccountStore accounts;
    private final MentionResolver mentions;
    private final ByUri byUri;
    private final Originals originals;
    private final LocalUris uris;

    public PracticeActors(AccountStore accounts, MentionResolver mentions, ByUri byUri, Originals originals,
                          LocalUris uris) {
        this.accounts = accounts;
        this.mentions = mentions;
        this.byUri = byUri;
        this.originals = originals;
        this.uris = uris;
    }

    /** @throws InvalidPracticeException when a coauthor or the community cannot be found */
    public Resolved resolve(Account author, PracticeContent content) {
        Map<Long, Account> addressed = new LinkedHashMap<>();
        List<String> coauthorHandles = new ArrayList<>();
        List<String> coauthorUris = new ArrayList<>();
        for (int i = 0; i < content.coauthors().size(); i++) {
            String field = "coauthors[" + i + "]";
            Account coauthor = actor(content.coauthors().get(i), field)
                    .filter(a -> a.actorType() == Account.ActorType.Person && !a.isDeleted())
                    .orElseThrow(() -> new InvalidPracticeException(field, "no fellow is known by that name"));
            if (!coauthorUris.contains(coauthor.uri())) {
                coauthorHandles.add(handle(coauthor));
                coauthorUris.add(coauthor.uri());
                addressed.put(coauthor.id(), coauthor);
            }
        }
        String communityHandle = null;
        String communityUri = null;
        if (content.community() != null) {
            Account community = actor(content.community(), "community")
                    .filter(a -> a.actorType() == Account.ActorType.Group && !a.isDeleted())
                    .orElseThrow(() -> new InvalidPracticeException("community", "no community (Group) is known there"));
            communityHandle = handle(community);
            communityUri = community.uri();
            addressed.put(community.id(), community);
        }
        List<String> sources = new ArrayList<>();
        for (String url : content.adaptedFrom()) {
            Optional<Original> original = originals.find(url);
            String uri = original.map(Original::uri).orElse(url);
            if (!sources.contains(uri)) {
                sources.add(uri);
            }
            original.map(Original::author).filter(a -> !a.isDeleted()).ifPresent(a -> addressed.put(a.id(), a));
        }
        addressed.remove(author.id());
        return new Resolved(content.resolved(coauthorHandles, sources, communityHandle), coauthorHandles,
                coauthorUris, communityHandle, communityUri, List.copyOf(addressed.values()));
    }

    /** An actor by IRI, or by handle ({@code user}, {@code user@domain}, with or without a leading '@'). */
    private Optional<Account> actor(String name, String field) {
        String text = name.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return accounts.findByUri(text).or(() -> uris.isLocal(text) ? Optional.empty() : byUri.find(text));
        }
        String handle = text.startsWith("@") ? text.substring(1) : text;
        int at = handle.indexOf('@');
        String username = at < 0 ? handle : handle.substring(0, at);
        String domain = at < 0 ? null : handle.substring(at + 1).toLowerCase(Locale.ROOT);
        if (username.isEmpty() || domain != null && domain.isEmpty()) {
            throw new InvalidPracticeException(field, "must be a handle such as user@example.org or an actor URL");
        }
        if (domain == null || domain.equals(uris.domain())) {
            return accounts.findLocal(username);
        }
        return mentions.resolve(username, domain);
    }

    private String handle(Account account) {
        return account.username() + "@" + (account.isLocal() ? uris.domain() : account.domain());
    }
}
