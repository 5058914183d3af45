package org.bureaucrathackers.fellowship.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** Finds statuses by id, IRI or permalink, and loads what their documents and pages need. */
public final class Statuses {

    /** Replies listed inside a Note, as Mastodon embeds them (CO6). */
    public static final int EMBEDDED_REPLIES = 5;
    private static final Pattern STATUS_PATH = Pattern.compile("^/users/([^/?#]+)/statuses/([0-9]{1,19})/?$");
    private static final Pattern PERMALINK_PATH = Pattern.compile("^/@([^/?#]+)/([0-9]{1,19})/?$");

    private final StatusStore statuses;
    private final MentionTagStore mentionTags;
    private final TimelineStore timelines;
    private final AccountStore accounts;
    private final LocalUris uris;

    public Statuses(StatusStore statuses, MentionTagStore mentionTags, TimelineStore timelines,
                    AccountStore accounts, LocalUris uris) {
        this.statuses = statuses;
        this.mentionTags = mentionTags;
        this.timelines = timelines;
        this.accounts = accounts;
        this.uris = uris;
    }

    public Optional<Status> byId(long id) {
        return statuses.findById(id);
    }

    public Optional<Status> byUri(String uri) {
        return statuses.findByUri(uri);
    }

    /**
     * A status by its IRI, or a local one by its permalink ({@code /@name/id}) too, as operators paste
     * either.
     */
    public Optional<Status> byUriOrUrl(String uriOrUrl) {
        if (uriOrUrl == null || uriOrUrl.length() > 2048) {
            return Optional.empty();
        }
        Optional<Status> byUri = statuses.findByUri(uriOrUrl);
        if (byUri.isPresent() || !uris.isLocal(uriOrUrl)) {
            return byUri;
        }
        String path = uriOrUrl.substring(uris.base().length());
        for (Pattern pattern : List.of(STATUS_PATH, PERMALINK_PATH)) {
            Matcher m = pattern.matcher(path);
            if (m.matches()) {
                return localStatus(m.group(1), m.group(2));
            }
        }
        return Optional.empty();
    }

    private Optional<Status> localStatus(String username, String id) {
        long statusId;
        try {
            statusId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return accounts.findLocal(username)
                .flatMap(account -> statuses.findByUri(uris.status(account.username(), statusId)));
    }

    public Account author(Status status) {
        return accounts.findById(status.accountId())
                .orElseThrow(() -> new IllegalStateException("status " + status.id() + " has no author"));
    }

    public StatusDetails details(Status status) {
        return details(status, author(status));
    }

    public StatusDetails details(Status status, Account author) {
        List<Account> mentioned = new ArrayList<>();
        for (long id : mentionTags.mentionedAccountIds(status.id())) {
            accounts.findById(id).ifPresent(mentioned::add);
        }
        return new StatusDetails(status, author, mentioned, mentionTags.tags(status.id()),
                statuses.attachments(status.id()),
                timelines.openLocalReplies(status.id(), PageRequest.newest(EMBEDDED_REPLIES)));
    }
}
