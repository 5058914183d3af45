package org.bureaucrathackers.fellowship.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostEdit;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Story;

/**
 * Publishing practice records. A practice IS a status: publishing one posts its story through {@link PostService}
 * (so mentions, hashtags, delivery and notifications work as for any post) and stores the record beside the status
 * in the same transaction, before the Create is rendered, so the Note sent carries it. Editing sends an Update and
 * keeps the version before; deleting the status deletes the practice.
 */
public final class PracticeService {

    /** Earlier versions listed in a practice's history. */
    public static final int MAX_VERSIONS = 50;

    private final PracticeStore store;
    private final PostService posts;
    private final PracticeActors actors;
    private final Ids ids;
    private final Clock clock;

    public PracticeService(PracticeStore store, PostService posts, PracticeActors actors, Ids ids, Clock clock) {
        this.store = store;
        this.posts = posts;
        this.actors = actors;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Publishes a practice by a local fellow.
     *
     * @throws InvalidPracticeException naming the field at fault
     */
    public Practice create(Account author, PracticeRequest request) {
        List<Long> media = mediaIds(request);
        PracticeActors.Resolved resolved = actors.resolve(author, request.content());
        NewPost post = new NewPost(request.content().title(), request.visibility(), null, null,
                request.content().language(), false, media);
        Status status = mediaChecked(() -> posts.post(author, post, story(author, resolved, row -> { })));
        return find(status.id()).orElseThrow();
    }

    /**
     * The story the practice's post would carry, as Mastodon readers would see it, without storing anything. It
     * resolves coauthors, community and sources as publishing does, so it may go to the network.
     *
     * @throws InvalidPracticeException naming the field at fault
     */
    public String preview(Account author, PracticeRequest request) {
        mediaIds(request);
        PracticeActors.Resolved resolved = actors.resolve(author, request.content());
        return StoryHtml.render(resolved.content(), resolved.coauthorHandles(), resolved.communityHandle());
    }

    /** Replaces a practice of {@code author}'s with a new version, keeping the one before. */
    public Practice edit(Account author, long statusId, PracticeRequest request) {
        PracticeRow before = own(author, statusId);
        List<Long> media = mediaIds(request);
        PracticeActors.Resolved resolved = actors.resolve(author, request.content());
        // A practice is replaced whole: its media list replaces the status's media (an empty one removes them).
        PostEdit edit = new PostEdit(request.content().title(), null, request.content().language(), false, media);
        mediaChecked(() -> posts.edit(author, statusId, edit, story(author, resolved,
                row -> store.addVersion(ids.next(), statusId, before.updatedAt(), before.document()))));
        return find(statusId).orElseThrow();
    }

    /** Deletes a practice of {@code author}'s with its status: the Delete goes to everyone who got it. */
    public void delete(Account author, long statusId) {
        own(author, statusId);
        posts.delete(author, statusId);
    }

    public Optional<Practice> find(long statusId) {
        return store.find(statusId).map(PracticeNotes::practice);
    }

    public Slice<Practice> list(PracticeFilter filter, PageRequest page) {
        return map(store.list(filter, page));
    }

    /** The practices adapted from {@code original}, named by its IRI or its page's URL, on any instance. */
    public Slice<Practice> adaptations(Status original, PageRequest page) {
        List<String> names = new ArrayList<>(List.of(original.uri()));
        if (original.url() != null && !original.url().equals(original.uri())) {
            names.add(original.url());
        }
        return map(store.adaptationsOf(names, page));
    }

    /** The current version first, then the earlier ones, newest first. */
    public List<Practice> history(long statusId) {
        List<Practice> result = new ArrayList<>();
        find(statusId).ifPresent(result::add);
        for (PracticeVersion v : store.versions(statusId, MAX_VERSIONS)) {
            Practice p = PracticeJson.fromStored(v.statusId(), result.isEmpty() ? 0 : result.get(0).accountId(),
                    v.document(), v.createdAt());
            result.add(p);
        }
        return result;
    }

    private Story story(Account author, PracticeActors.Resolved resolved, Consumer<PracticeRow> beforeSave) {
        PracticeContent content = resolved.content();
        String html = StoryHtml.render(content, resolved.coauthorHandles(), resolved.communityHandle());
        String source = content.summary() == null ? content.title() : content.title() + "\n\n" + content.summary();
        return new Story(html, source, resolved.addressed(), status -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Practice practice = new Practice(status.id(), author.id(), content, resolved.coauthorUris(),
                    resolved.communityUri(), now);
            PracticeRow row = new PracticeRow(status.id(), author.id(), PracticeJson.stored(practice), now);
            beforeSave.accept(row);
            store.save(row, PracticeIndex.of(practice));
        });
    }

    private PracticeRow own(Account author, long statusId) {
        return store.find(statusId).filter(row -> row.accountId() == author.id())
                .orElseThrow(() -> new InvalidPracticeException("id", "no practice " + statusId + " of "
                        + author.username()));
    }

    /** Media ids are the numbers the upload API gave out; anything else names no upload. */
    private static List<Long> mediaIds(PracticeRequest request) {
        List<Long> result = new ArrayList<>();
        for (String id : request.mediaIds()) {
            if (!id.matches("[0-9]{1,18}")) {
                throw new InvalidPracticeException("media_ids", "media attachment " + id + " was not found");
            }
            result.add(Long.parseLong(id));
        }
        return result;
    }

    /** Posting refuses unknown or foreign uploads as "media_ids: ..."; a practice names the field for the form. */
    private static <T> T mediaChecked(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidPostException e) {
            String prefix = "media_ids: ";
            if (e.getMessage() != null && e.getMessage().startsWith(prefix)) {
                throw new InvalidPracticeException("media_ids", e.getMessage().substring(prefix.length()));
            }
            throw e;
        }
    }

    private static Slice<Practice> map(Slice<PracticeRow> rows) {
        return new Slice<>(rows.items().stream().map(PracticeNotes::practice).toList(), rows.hasOlder(),
                rows.hasNewer());
    }
}
