package org.bureaucrathackers.fellowship.post;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * the commit. Who a post reaches is {@link PostAudience}'s job, the rules it must keep {@link PostRules}'.
 */
public final class PostService {

    /** The longest post, in characters of Markdown: what clients are told as the status length limit. */
    public static final int MAX_CHARACTERS = PostMarkdown.MAX_SOURCE;
    public static final int MAX_SPOILER = 500;
    /** Media per post, as Mastodon (N7). */
    public static final int MAX_MEDIA = 4;
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
    private final PostAudience audience;
    private final OutboundActivities outbound;
    private final Notifications notifications;
    private final StatusEvents events;
    private final NoteDocuments documents;
    private final NoteExtension extension;
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
        this.audience = new PostAudience(accounts, mentionResolver, lookup, tombstones, access, uris);
        this.outbound = outbound;
        this.notifications = notifications;
        this.events = events;
        this.documents = new NoteDocuments(uris, extension);
        this.extension = extension;
        this.markdown = new PostMarkdown(uris);
        this.uris = uris;
        this.ids = ids;
        this.clock = clock;
    }

    /** Publishes a new post by a local fellow and returns it. */
    public Status post(Account author, NewPost request) {
        PostRules.requireLocalAuthor(author);
        PostRules.requireMediaCount(request.mediaIds());
        // Mentions may need WebFinger: render before the transaction opens.
        PostMarkdown.Rendered rendered = render(request.markdown(), !request.mediaIds().isEmpty());
        return publish(author, request, rendered, new Story(null, request.markdown(), List.of(), status -> { }));
    }

    /**
     * Publishes a story a feature wrote as HTML (its {@code request.markdown()} is not read) and returns the post.
     * Call it outside a transaction: mentions may need WebFinger.
     */
    public Status post(Account author, NewPost request, Story story) {
        PostRules.requireLocalAuthor(author);
        PostRules.requireMediaCount(request.mediaIds());
        PostMarkdown.Rendered rendered = markdown.renderHtml(story.html(), audience::findMentioned);
        return publish(author, request, rendered, story);
    }

    private Status publish(Account author, NewPost request, PostMarkdown.Rendered rendered, Story story) {
        Status.Visibility visibility = request.visibility() == null ? Status.Visibility.PUBLIC : request.visibility();
        String spoiler = PostRules.spoiler(request.spoilerText());
        String language = PostRules.language(request.language());
        PostAudience.Parent parent = audience.parent(author, request.inReplyToUri());
        List<Account> mentions = audience.addressees(rendered.mentions(), story.alsoAddressed(), parent.authorId(),
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

    /**
     * Changes the text of a post of {@code author}'s and sends the Update to its audience.
     *
     * @throws StructuredPostException when a feature writes the post's text from its own record (a practice)
     */
    public Status edit(Account author, long statusId, PostEdit edit) {
        PostRules.requireLocalAuthor(author);
        Status existing = ownPost(author, statusId);
        if (extension.writesText(existing)) {
            throw new StructuredPostException(statusId);
        }
        if (edit.mediaIds() != null) {
            PostRules.requireMediaCount(edit.mediaIds());
        }
        boolean hasMedia = edit.mediaIds() != null ? !edit.mediaIds().isEmpty()
                : !statuses.attachments(statusId).isEmpty();
        PostMarkdown.Rendered rendered = render(edit.markdown(), hasMedia);
        return change(author, existing, edit, rendered, new Story(null, edit.markdown(), List.of(), status -> { }));
    }

    /** Replaces a post's content with a story a feature wrote as HTML ({@code edit.markdown()} is not read). */
    public Status edit(Account author, long statusId, PostEdit edit, Story story) {
        PostRules.requireLocalAuthor(author);
        Status existing = ownPost(author, statusId);
        if (edit.mediaIds() != null) {
            PostRules.requireMediaCount(edit.mediaIds());
        }
        PostMarkdown.Rendered rendered = markdown.renderHtml(story.html(), audience::findMentioned);
        return change(author, existing, edit, rendered, story);
    }

    private Status change(Account author, Status existing, PostEdit edit, PostMarkdown.Rendered rendered,
                          Story story) {
        long statusId = existing.id();
        String spoiler = PostRules.spoiler(edit.spoilerText());
        String language = edit.language() == null ? existing.language() : PostRules.language(edit.language());
        List<Account> mentions = audience.addressees(rendered.mentions(), story.alsoAddressed(),
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
            Map<Long, Account> recipients = PostAudience.byId(mentions);
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
        PostRules.requireLocalAuthor(author);
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
        return markdown.render(source, audience::findMentioned);
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

    private Status ownPost(Account author, long statusId) {
        return statuses.findById(statusId)
                .filter(s -> s.accountId() == author.id() && !s.isBoost())
                .orElseThrow(() -> new InvalidPostException("no post " + statusId + " of " + author.username()));
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
}
