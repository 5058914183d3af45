package org.bureaucrathackers.fellowship.web.timeline;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.notification.Notification;
import org.bureaucrathackers.fellowship.notification.NotificationFilter;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.NoteDocuments;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.session.HtmlAnswers;
import org.bureaucrathackers.fellowship.session.SignedInPages;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.Visit;
import org.bureaucrathackers.fellowship.web.Visits;

/**
 * A fellow's notifications, newest first: who did what, with the post it is about. As in the client API, a
 * notification whose account is gone or whose post the fellow may no longer see is left out.
 */
public final class NotificationsPage implements Routes {

    private final Notifications notifications;
    private final AccountStore accounts;
    private final StatusStore statuses;
    private final PostCards cards;
    private final SignedInPages signedIn;
    private final Pages pages;
    private final LocalUris uris;

    public NotificationsPage(Notifications notifications, AccountStore accounts, StatusStore statuses,
                             PostCards cards, SignedInPages signedIn, Pages pages, LocalUris uris) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.statuses = statuses;
        this.cards = cards;
        this.signedIn = signedIn;
        this.pages = pages;
        this.uris = uris;
    }

    /**
     * One notification as the page shows it: {@code type} in the client API's words, who it is from, when, and
     * the post it is about (null for follows and requests).
     */
    public record NotificationView(long id, String type, String fromName, String fromHandle, String fromUrl,
                                   String createdAt, Pages.PostView post) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/notifications", this::list);
    }

    private void list(Context ctx) {
        Visit visit = Visits.of(ctx);
        Optional<BrowserSessions.Session> session = signedIn.session(ctx, visit.path());
        if (session.isEmpty()) {
            return;
        }
        Optional<PageRequest> page = ListPaging.request(ctx);
        if (page.isEmpty()) {
            ListPaging.refuse(ctx, pages);
            return;
        }
        Account fellow = session.get().fellow();
        Slice<Notification> slice = notifications.list(fellow, NotificationFilter.ALL, page.get());
        HtmlAnswers.html(ctx, 200, pages.render("notifications.jte", visit, Map.of(
                "notifications", views(slice.items(), fellow),
                "links", ListPaging.links(ctx, slice, Notification::id))));
    }

    /** The posts of the whole page are loaded together; each account once. */
    private List<NotificationView> views(List<Notification> list, Account fellow) {
        Set<Long> statusIds = new LinkedHashSet<>();
        list.stream().map(Notification::statusId).filter(Objects::nonNull).forEach(statusIds::add);
        Map<Long, Pages.PostView> posts = new HashMap<>();
        if (!statusIds.isEmpty()) {
            Set<Long> visible = statuses.visibleAmong(fellow.id(), statusIds);
            List<Status> shown = statuses.findByIds(visible);
            cards.of(shown, Optional.of(fellow)).forEach(card -> posts.put(card.id(), card));
        }
        Map<Long, Optional<Account>> from = new HashMap<>();
        List<NotificationView> views = new ArrayList<>(list.size());
        for (Notification notification : list) {
            Optional<Account> account = from.computeIfAbsent(notification.fromAccountId(), accounts::findById)
                    .filter(a -> !a.isDeleted());
            Pages.PostView post = notification.statusId() == null ? null : posts.get(notification.statusId());
            if (account.isEmpty() || (notification.statusId() != null && post == null)) {
                continue;
            }
            Account who = account.get();
            views.add(new NotificationView(notification.id(), notification.type().wire(),
                    who.displayName().isBlank() ? who.username() : who.displayName(), handle(who),
                    who.isLocal() ? uris.profile(who.username()) : who.url() != null ? who.url() : who.uri(),
                    NoteDocuments.timestamp(notification.createdAt()), post));
        }
        return views;
    }

    private String handle(Account account) {
        return account.username() + "@" + (account.isLocal() ? uris.domain() : account.domain());
    }
}
