package org.bureaucrathackers.fellowship.post;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Local posting: a fellow's Markdown becomes a stored status and a Create (N1) for its audience; edits
 * become an Update with a strictly newer {@code updated} (N4); deletions a Delete with a Tombstone to
 * everyone who got the post, and a tombstone here so its id answers 410 (N5). Mentioned fellows, and on an edit
 * the fellows who boosted or liked the post, are notified in the same transaction; timelines hear of it after
 * the commit.
 */
public final class PostService {

    /** The longest post, in characters of Markdown: what clients are told as the status length limit. */
    public static final int MAX_CHARACTERS = PostMarkdown.MAX_SOURCE;
    public static final int MAX_SPOILER = 500;
    /** Media per post, as Mastodon (N7). */
    public static final int MAX_MEDIA = 4;
    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$");
    private static final int MAX_LANGUAGE = 16;
    private static final int MAX_URI = 2048;
    /** Interactors told about a deletion, beyond the mentioned accounts. */
    private static final int MAX_INTERACTORS = 1_000;

    private final Transactions transactions;
    private final StatusStore statuses;
    private final MentionTagStore mentionTags;
    private final BoostStore boosts;
    private final TombstoneStore tombstones;
    private final FavouriteStore favourites;
    private final AccountStore accounts;
    private final Statuses lookup;
    private final StatusAccess access;
    private final MentionResolver mentionResolver;
    private final OutboundActivities outbound;
    private final Notifications notifications;
    private final StatusEvents events;
    private final NoteDocuments documents;
    private final PostMarkdown markdown;
    private final PostMedia media;
    private final LocalUris uris;
    private final Ids ids;
    private final Clock clock;

    public PostService(Transactions transactions, StatusStore statuses, MentionTagStore mentionTags,
                       BoostStore boosts, Statuses lookup, TombstoneStore tombstones,
                       FavouriteStore favourites, AccountStore accounts, StatusAccess access,
                       MentionResolver mentionResolver, OutboundActivities outbound, Notifications notifications,
                       StatusEvents events, LocalUris uris, Ids ids, Clock clock) {
        this(transactions, statuses, mentionTags, boosts, lookup, tombstones, favourites, accounts, access,
                mentionResolver, outbound, notifications, events, uris, ids, clock, NoteExtension.NONE, PostMedia.NONE);
    }

    /**
     * @param extension adds what features built on posts (practice records) put in the Notes sent
     * @param media the uploads posts may take ({@link PostMedia#NONE} where there are none)
     */
    public PostService(Transactions transactions, StatusStore statuses, MentionTagStore mentionTags,
                       BoostStore boosts, Statuses lookup, TombstoneStore tombstones,
                       FavouriteStore favourites, AccountStore accounts, StatusAccess access,
                       MentionResolver mentionResolver, OutboundActivities outbound, Notifications notifications,
                       StatusEvents events, LocalUris uris, Ids ids, Clock clock, NoteExtension extension,
                       PostMedia media) {
        this.media = media;
        this.transactions = transactions;
        this.statuses = statuses;
        this.mentionTags = mentionTags;
        this.boosts = boosts;
        this.tombstones = tombstones;
        this.favourites = favourites;
        this.accounts = accounts;
        this.lookup = lookup;
        this.access = access;
        this.mentionResolver = mentionResolver;
        this.outbound = outbound;
        this.notifications = notifications;
        this.events = events;
        this.documents = new NoteDocuments(uris, extension);
        this.markdown = new PostMarkdown(uris);
        this.uris = uris;
        this.ids = ids;
        this.clock = clock;
    }

    /** Publishes a new post by a local fellow and returns it. */
    public Status post(Account author, NewPost request) {
        requireLocalAuthor(author);
        requireMediaCount(request.mediaIds());
        // Mentions may need WebFinger: render before the transaction opens.
        PostMarkdown.Rendered rendered = render(request.markdown(), !request.mediaIds().isEmpty());
        return publish(author, request, rendered, new Story(null, request.markdown(), List.of(), status -> { }));
    }

    /**
     * Publishes a story a feature wrote as HTML (its {@code request.markdown()} is not read) and returns the post.
     * Call it outside a transaction: mentions may need WebFinger.
     */
    public Status post(Account author, NewPost request, Story story) {
        requireLocalAuthor(author);
        requireMediaCount(request.mediaIds());
        PostMarkdown.Rendered rendered = markdown.renderHtml(story.html(), this::findMentioned);
        return publish(author, request, rendered, story);
    }

    private Status publish(Account author, NewPost request, PostMarkdown.Rendered rendered, Story story) {
        Status.Visibility visibility = request.visibility() == null ? Status.Visibility.PUBLIC : request.visibility();
        String spoiler = spoiler(request.spoilerText());
        String language = language(request.language());
        Parent parent = parent(author, request.inReplyToUri());
        List<Account> mentions = addressees(concat(rendered.mentions(), story.alsoAddressed()), parent.authorId(),
                author);
        return transactions.inTransaction(() -> {
            long id = ids.next();
            String conversation = parent.conversationUri() != null ? parent.conversationUri() : uris.conversation(id);
            Status status = new Status(id, author.id(), uris.status(author.username(), id),
                    uris.statusPage(author.username(), id), visibility, rendered.html(), language, parent.uri(), now(),
                    spoiler, spoiler != null || request.sensitive(), story.source(), parent.id(), parent.authorId(),
                    conversation, null, null);
            statuses.insert(status);
            mentionTags.replaceMentions(id, mentions.stream().map(Account::id).toList());
            mentionTags.replaceTags(id, rendered.tags());
            story.stored().accept(status);
            List<Attachment> attachments = media.attach(author, id, request.mediaIds());
            statuses.replaceAttachments(id, attachments);
            StatusDetails details = new StatusDetails(status, author, mentions, rendered.tags(), attachments,
                    Slice.empty());
            outbound.publish(author, NoteDocuments.withContext(documents.create(details)), mentions,
                    visibility != Status.Visibility.DIRECT);
            notifications.mentioned(author, id, mentions);
            if (visibility != Status.Visibility.DIRECT && !status.isReplyToOthers()) {
                notifications.posted(author, id);
            }
            transactions.afterCommit(() -> events.published(status));
            return status;
        });
    }

    /** Changes the text of a post of {@code author}'s and sends the Update to its audience. */
    public Status edit(Account author, long statusId, PostEdit edit) {
        requireLocalAuthor(author);
        Status existing = ownPost(author, statusId);
        if (edit.mediaIds() != null) {
            requireMediaCount(edit.mediaIds());
        }
        boolean hasMedia = edit.mediaIds() != null ? !edit.mediaIds().isEmpty()
                : !statuses.attachments(statusId).isEmpty();
        PostMarkdown.Rendered rendered = render(edit.markdown(), hasMedia);
        return change(author, existing, edit, rendered, new Story(null, edit.markdown(), List.of(), status -> { }));
    }

    /** Replaces a post's content with a story a feature wrote as HTML ({@code edit.markdown()} is not read). */
    public Status edit(Account author, long statusId, PostEdit edit, Story story) {
        requireLocalAuthor(author);
        Status existing = ownPost(author, statusId);
        if (edit.mediaIds() != null) {
            requireMediaCount(edit.mediaIds());
        }
        PostMarkdown.Rendered rendered = markdown.renderHtml(story.html(), this::findMentioned);
        return change(author, existing, edit, rendered, story);
    }

    private Status change(Account author, Status existing, PostEdit edit, PostMarkdown.Rendered rendered,
                          Story story) {
        long statusId = existing.id();
        String spoiler = spoiler(edit.spoilerText());
        String language = edit.language() == null ? existing.language() : language(edit.language());
        List<Account> mentions = addressees(concat(rendered.mentions(), story.alsoAddressed()),
                existing.inReplyToAccountId(), author);
        return transactions.inTransaction(() -> {
            List<Long> before = mentionTags.mentionedAccountIds(statusId);
            if (edit.mediaIds() != null) {
                statuses.replaceAttachments(statusId, media.attach(author, statusId, edit.mediaIds()));
            }
            Status edited = existing.edited(rendered.html(), story.source(), spoiler,
                    spoiler != null || edit.sensitive(), language, nextEditTime(existing));
            statuses.update(edited);
            mentionTags.replaceMentions(statusId, mentions.stream().map(Account::id).toList());
            mentionTags.replaceTags(statusId, rendered.tags());
            story.stored().accept(edited);
            // Accounts no longer mentioned saw the old version: they get the Update too.
            Map<Long, Account> recipients = byId(mentions);
            for (long id : before) {
                if (!recipients.containsKey(id)) {
                    accounts.findById(id).ifPresent(a -> recipients.put(a.id(), a));
                }
            }
            StatusDetails details = lookup.details(edited, author);
            outbound.publish(author, NoteDocuments.withContext(documents.update(details)), recipients.values(),
                    edited.visibility() != Status.Visibility.DIRECT);
            notifications.mentioned(author, statusId, mentions);
            notifications.edited(author, statusId, interactors(statusId));
            transactions.afterCommit(() -> events.edited(edited));
            return edited;
        });
    }

    /** Deletes a post of {@code author}'s, remembers its id as gone and tells everyone who got it. */
    public void delete(Account author, long statusId) {
        requireLocalAuthor(author);
        Status status = ownPost(author, statusId);
        transactions.run(() -> {
            Map<Long, Account> recipients = new LinkedHashMap<>();
            List<Long> interested = new ArrayList<>(mentionTags.mentionedAccountIds(statusId));
            interested.addAll(favourites.likerIds(statusId, MAX_INTERACTORS));
            interested.addAll(boosts.boosterIds(statusId, MAX_INTERACTORS));
            if (status.inReplyToAccountId() != null) {
                interested.add(status.inReplyToAccountId());
            }
            for (long id : interested) {
                if (id != author.id() && !recipients.containsKey(id)) {
                    accounts.findById(id).ifPresent(a -> recipients.put(a.id(), a));
                }
            }
            DeletedStatus gone = DeletedStatus.capture(status, mentionTags, boosts);
            statuses.delete(statusId);
            transactions.afterCommit(() -> events.deleted(gone));
            tombstones.remember(status.uri(), author.uri(), now());
            outbound.publish(author, NoteDocuments.withContext(documents.delete(status, author)), recipients.values(),
                    status.visibility() != Status.Visibility.DIRECT);
        });
    }

    /** The Markdown rendered; with media, no text at all is fine (an empty post body, as Mastodon allows). */
    private PostMarkdown.Rendered render(String source, boolean hasMedia) {
        if (hasMedia && source.isBlank()) {
            return new PostMarkdown.Rendered("", List.of(), List.of());
        }
        return markdown.render(source, this::findMentioned);
    }

    private static void requireMediaCount(List<Long> mediaIds) {
        if (mediaIds.size() > MAX_MEDIA) {
            throw new InvalidPostException("media_ids: a post takes at most " + MAX_MEDIA + " attachments");
        }
        if (mediaIds.stream().distinct().count() != mediaIds.size()) {
            throw new InvalidPostException("media_ids: the same attachment is named twice");
        }
    }

    /** A status by IRI or permalink (what operators paste). */
    public Optional<Status> find(String uriOrUrl) {
        return lookup.byUriOrUrl(uriOrUrl);
    }

    public StatusDetails details(Status status) {
        return lookup.details(status);
    }

    /** The local fellows who liked or boosted a status: who hears of its edits. */
    private List<Account> interactors(long statusId) {
        List<Long> ids = new ArrayList<>(favourites.likerIds(statusId, MAX_INTERACTORS));
        ids.addAll(boosts.boosterIds(statusId, MAX_INTERACTORS));
        return ids.stream().distinct().map(accounts::findById).flatMap(Optional::stream)
                .filter(Account::isLocal).toList();
    }

    private Optional<Account> findMentioned(String username, String domain) {
        if (domain == null || domain.equalsIgnoreCase(uris.domain())) {
            // Fellows and communities (which announce what mentions them); never the instance actor.
            return accounts.findLocal(username).filter(a -> a.actorType() == Account.ActorType.Person
                    || a.actorType() == Account.ActorType.Group);
        }
        return mentionResolver.resolve(username, domain.toLowerCase(Locale.ROOT));
    }

    /** The mentioned accounts, plus the author of the post replied to, so the reply reaches them. */
    private List<Account> addressees(List<Account> mentioned, Long parentAuthorId, Account author) {
        Map<Long, Account> result = byId(mentioned);
        result.remove(author.id());
        if (parentAuthorId != null && parentAuthorId != author.id() && !result.containsKey(parentAuthorId)) {
            accounts.findById(parentAuthorId).filter(a -> !a.isDeleted()).ifPresent(a -> result.put(a.id(), a));
        }
        return List.copyOf(result.values());
    }

    private static List<Account> concat(List<Account> first, List<Account> second) {
        List<Account> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Map<Long, Account> byId(List<Account> accounts) {
        Map<Long, Account> result = new LinkedHashMap<>();
        accounts.forEach(a -> result.putIfAbsent(a.id(), a));
        return result;
    }

    /** The post replied to: known here (ids, thread), or only its IRI (a remote post not fetched yet). */
    private Parent parent(Account author, String inReplyTo) {
        if (inReplyTo == null || inReplyTo.isBlank()) {
            return Parent.NONE;
        }
        String uri = inReplyTo.strip();
        if (uri.length() > MAX_URI || !(uri.startsWith("https://") || uri.startsWith("http://"))) {
            throw new InvalidPostException("the post to reply to must be an http(s) URL");
        }
        Optional<Status> known = lookup.byUriOrUrl(uri);
        if (known.isEmpty()) {
            if (tombstones.deletedAt(uri).isPresent()) {
                throw new InvalidPostException("the post to reply to was deleted");
            }
            if (uris.isLocal(uri)) {
                throw new InvalidPostException("there is no post " + uri + " to reply to");
            }
            return new Parent(uri, null, null, null);
        }
        Status status = known.get();
        if (status.isBoost() || !access.canSee(author, status)) {
            throw new InvalidPostException("there is no post " + uri + " to reply to");
        }
        return new Parent(status.uri(), status.id(), status.accountId(), status.conversationUri());
    }

    private record Parent(String uri, Long id, Long authorId, String conversationUri) {
        static final Parent NONE = new Parent(null, null, null, null);
    }

    private Status ownPost(Account author, long statusId) {
        return statuses.findById(statusId)
                .filter(s -> s.accountId() == author.id() && !s.isBoost())
                .orElseThrow(() -> new InvalidPostException("no post " + statusId + " of " + author.username()));
    }

    private static void requireLocalAuthor(Account author) {
        if (!author.isLocal() || author.isDeleted() || author.actorType() != Account.ActorType.Person) {
            throw new InvalidPostException("only a fellow of this instance can post");
        }
    }

    private static String spoiler(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_SPOILER) {
            throw new InvalidPostException("a content warning is at most " + MAX_SPOILER + " characters");
        }
        return stripped;
    }

    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String stripped = tag.strip();
        if (stripped.length() > MAX_LANGUAGE || !LANGUAGE.matcher(stripped).matches()) {
            throw new InvalidPostException("'" + abbreviate(stripped) + "' is not a language tag such as en or pt-BR");
        }
        return stripped;
    }

    /** Seconds are what goes on the wire, so an edit is stamped at least one second after the last (N4). */
    private Instant nextEditTime(Status status) {
        Instant last = (status.editedAt() != null ? status.editedAt() : status.createdAt()).truncatedTo(ChronoUnit.SECONDS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return now.isAfter(last) ? now : last.plusSeconds(1);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
