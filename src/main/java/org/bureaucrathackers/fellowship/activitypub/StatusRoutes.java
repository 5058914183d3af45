package org.bureaucrathackers.fellowship.activitypub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Negotiation;
import org.bureaucrathackers.fellowship.http.PagingParameters;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.bureaucrathackers.fellowship.post.TombstoneStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.PostViews;

/**
 * Local statuses on the web (N3, CO6): the Note at its id, the Create or Announce at {@code /activity},
 * the replies collection, and the HTML permalink {@code /@name/id}. A deleted status answers 410. A
 * followers-only or direct one answers 404, exactly as a missing one does (X18), unless the request is
 * signed by an actor in its audience; such answers are never cached for others.
 */
public final class StatusRoutes implements Routes {

    private static final Pattern ID = Pattern.compile("^[0-9]{1,19}$");

    private final ServedActors actors;
    private final StatusStore statuses;
    private final TimelineStore timelines;
    private final TombstoneStore tombstones;
    private final AccountStore accounts;
    private final StatusAccess access;
    private final Requester requester;
    private final Statuses loader;
    private final NoteDocuments notes;
    private final PostViews views;
    private final Pages pages;
    private final LocalUris uris;
    private final ProofSigner proofs;
    private final BiFunction<Status, Visit, Optional<String>> practiceSection;
    private final PostPage postPage;

    /**
     * The HTML page of a local post, as the visitor (whoever is signed in) may see it: empty when they may not.
     * {@code practiceSection} gives the HTML of the practice the post carries, in the visit's language.
     */
    @FunctionalInterface
    public interface PostPage {
        Optional<String> render(Context ctx, Status status, Account author,
                                Function<Visit, Optional<String>> practiceSection);
    }

    /** @param proofs signs the Notes and activities served, so copies passed on stay checkable (FEP-8b32) */
    public StatusRoutes(ServedActors actors, StatusStore statuses, TimelineStore timelines, Statuses loader,
                        TombstoneStore tombstones, AccountStore accounts, StatusAccess access, Requester requester, PostViews views, Pages pages, LocalUris uris,
                        ProofSigner proofs) {
        this(actors, statuses, timelines, loader, tombstones, accounts, access, requester, views, pages, uris, proofs,
                new NoteDocuments(uris));
    }

    /** @param notes renders the Notes served, with what features add to them (practice records) */
    public StatusRoutes(ServedActors actors, StatusStore statuses, TimelineStore timelines, Statuses loader,
                        TombstoneStore tombstones, AccountStore accounts, StatusAccess access, Requester requester,
                        PostViews views, Pages pages, LocalUris uris, ProofSigner proofs, NoteDocuments notes) {
        this(actors, statuses, timelines, loader, tombstones, accounts, access, requester, views, pages, uris, proofs,
                notes, (status, visit) -> Optional.empty());
    }

    /** @param practiceSection the HTML a post's page shows of the practice it carries, in the visit's language */
    public StatusRoutes(ServedActors actors, StatusStore statuses, TimelineStore timelines, Statuses loader,
                        TombstoneStore tombstones, AccountStore accounts, StatusAccess access, Requester requester,
                        PostViews views, Pages pages, LocalUris uris, ProofSigner proofs, NoteDocuments notes,
                        BiFunction<Status, Visit, Optional<String>> practiceSection) {
        this(actors, statuses, timelines, loader, tombstones, accounts, access, requester, views, pages, uris, proofs,
                notes, practiceSection, null);
    }

    /** @param postPage renders the HTML page of a post with its thread, for the visitor */
    public StatusRoutes(ServedActors actors, StatusStore statuses, TimelineStore timelines, Statuses loader,
                        TombstoneStore tombstones, AccountStore accounts, StatusAccess access, Requester requester,
                        PostViews views, Pages pages, LocalUris uris, ProofSigner proofs, NoteDocuments notes,
                        BiFunction<Status, Visit, Optional<String>> practiceSection, PostPage postPage) {
        this.practiceSection = practiceSection;
        this.postPage = postPage != null ? postPage : this::openPostPage;
        this.actors = actors;
        this.statuses = statuses;
        this.timelines = timelines;
        this.tombstones = tombstones;
        this.accounts = accounts;
        this.access = access;
        this.requester = requester;
        this.loader = loader;
        this.notes = notes;
        this.views = views;
        this.pages = pages;
        this.uris = uris;
        this.proofs = proofs;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/users/{username}/statuses/{id}", this::note);
        routes.get("/users/{username}/statuses/{id}/activity", this::activity);
        routes.get("/users/{username}/statuses/{id}/replies", this::replies);
        routes.get("/@{username}/{id}", this::page);
    }

    private void note(Context ctx) {
        Account author = actors.byUsername(ctx.pathParam("username"));
        Status status = visibleStatus(ctx, author, uris.status(author.username(), id(ctx)));
        if (Negotiation.activityContentType(ctx) == null) {
            ctx.header("Vary", "Accept");
            ctx.redirect(status.url(), HttpStatus.SEE_OTHER);
            return;
        }
        ObjectNode note = NoteDocuments.withContext(notes.note(loader.details(status, author)));
        send(ctx, status, proofs.sign(author.id(), note));
    }

    /** The Create of a post, or the Announce of a boost (whose own id is this URL, as Mastodon's are). */
    private void activity(Context ctx) {
        Account owner = actors.byUsername(ctx.pathParam("username"));
        String statusUri = uris.status(owner.username(), id(ctx));
        Optional<Status> boost = statuses.findByUri(uris.statusActivity(statusUri))
                .filter(s -> s.isBoost() && s.accountId() == owner.id());
        if (boost.isPresent()) {
            Status original = statuses.findById(boost.get().reblogOfId())
                    .orElseThrow(() -> HttpError.notFound("Nothing here"));
            ObjectNode announce = notes.announce(boost.get(), owner, original, loader.author(original));
            send(ctx, boost.get(), proofs.sign(owner.id(), NoteDocuments.withContext(announce)));
            return;
        }
        Status status = visibleStatus(ctx, owner, statusUri);
        ObjectNode create = NoteDocuments.withContext(notes.create(loader.details(status, owner)));
        send(ctx, status, proofs.sign(owner.id(), create));
    }

    private void replies(Context ctx) {
        Account author = actors.byUsername(ctx.pathParam("username"));
        Status status = visibleStatus(ctx, author, uris.status(author.username(), id(ctx)));
        Optional<PageRequest> page = PagingParameters.read(ctx, Statuses.EMBEDDED_REPLIES);
        PageRequest request = page.orElse(PageRequest.newest(Statuses.EMBEDDED_REPLIES));
        ObjectNode doc = page.isEmpty()
                ? notes.replies(status, timelines.openLocalReplies(status.id(), request))
                : notes.repliesPage(status, request, timelines.openLocalReplies(status.id(), request));
        send(ctx, status, proofs.sign(author.id(), NoteDocuments.withContext(doc)));
    }

    /**
     * The HTML permalink. ActivityPub clients are sent to the Note, for public and unlisted posts only (others
     * need a signed request there); browsers get the page their visitor may see, else 404.
     */
    private void page(Context ctx) {
        Account author = actors.byUsername(ctx.pathParam("username"));
        String uri = uris.status(author.username(), id(ctx));
        ctx.header("Vary", "Accept");
        Status status = statuses.findByUri(uri).filter(s -> !s.isBoost()).orElseThrow(() -> missing(uri));
        if (Negotiation.activityContentType(ctx) != null) {
            if (!status.visibility().isOpen()) {
                throw HttpError.notFound("Nothing here");
            }
            ctx.redirect(status.uri(), HttpStatus.SEE_OTHER);
            return;
        }
        String html = postPage.render(ctx, status, author, visit -> practiceSection.apply(status, visit))
                .orElseThrow(() -> HttpError.notFound("Nothing here"));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    /** Without a thread page: the post alone, public and unlisted posts only. */
    private Optional<String> openPostPage(Context ctx, Status status, Account author,
                                          Function<Visit, Optional<String>> sectionOf) {
        if (!status.visibility().isOpen()) {
            return Optional.empty();
        }
        Pages.PostView post = views.view(status, author);
        Visit visit = Visits.of(ctx);
        return Optional.of(sectionOf.apply(visit).map(section -> pages.post(visit, post, section))
                .orElseGet(() -> pages.post(visit, post)));
    }

    /** The status at {@code uri} if the request may see it; 410 if deleted, else 404 for missing or hidden. */
    private Status visibleStatus(Context ctx, Account author, String uri) {
        Optional<Status> found = statuses.findByUri(uri).filter(s -> !s.isBoost() && s.accountId() == author.id());
        if (found.isEmpty()) {
            throw missing(uri);
        }
        Status status = found.get();
        if (status.visibility().isOpen()) {
            return status;
        }
        privateAnswer(ctx);
        Optional<Account> viewer = requester.signedActorUri(ctx).flatMap(accounts::findByUri);
        if (viewer.isEmpty() || !access.canSee(viewer, status)) {
            throw HttpError.notFound("Nothing here");
        }
        return status;
    }

    private HttpError missing(String uri) {
        if (tombstones.deletedAt(uri).isPresent()) {
            return HttpError.gone("This post was deleted");
        }
        return HttpError.notFound("Nothing here");
    }

    private static void send(Context ctx, Status status, ObjectNode document) {
        ActivityJson.send(ctx, document);
        if (!status.visibility().isOpen()) {
            privateAnswer(ctx);
        }
    }

    /** The answer depends on who signed the request: no shared cache may keep it (A11). */
    private static void privateAnswer(Context ctx) {
        ctx.header("Vary", "Accept, Signature");
        ctx.header("Cache-Control", "private, no-store");
    }

    private static long id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw HttpError.notFound("Nothing here");
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw HttpError.notFound("Nothing here");
        }
    }
}
