package org.bureaucrathackers.fellowship.web.practice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeContent;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.Pages;

/**
 * The lineage of a practice as its page shows it: the practices it was adapted from, and the practices adapted
 * from it on any instance (newest first, at most {@link #MAX_ADAPTATIONS}) with their authors, organisations and
 * countries (named in the reader's language). Only public and unlisted posts are named, as pages have no signed-in
 * reader.
 */
public final class PracticeLineage {

    public static final int MAX_ADAPTATIONS = 50;

    private final PracticeService practices;
    private final Statuses statuses;
    private final AccountStore accounts;
    private final LocalUris uris;

    public PracticeLineage(PracticeService practices, Statuses statuses, AccountStore accounts, LocalUris uris) {
        this.practices = practices;
        this.statuses = statuses;
        this.accounts = accounts;
        this.uris = uris;
    }

    /** The lineage of the practice {@code status} carries; empty when it carries none. */
    public Optional<Pages.LineageView> of(Status status, Locale language) {
        return practices.find(status.id()).map(practice -> {
            List<Pages.SourceView> sources = practice.content().adaptedFrom().stream().map(this::source).toList();
            Slice<Practice> adaptations = practices.adaptations(status, PageRequest.newest(MAX_ADAPTATIONS));
            List<Pages.AdaptationView> adapted = adaptations.items().stream().map(p -> adaptation(p, language))
                    .flatMap(Optional::stream).toList();
            return new Pages.LineageView(sources, adapted, adaptations.hasOlder());
        });
    }

    /** An original by the IRI or URL the practice names: its title and page when it is known here. */
    private Pages.SourceView source(String uriOrUrl) {
        Optional<Status> known = statuses.byUriOrUrl(uriOrUrl).filter(s -> !s.isBoost() && s.visibility().isOpen());
        String title = known.flatMap(s -> practices.find(s.id())).map(p -> p.content().title()).orElse(uriOrUrl);
        return new Pages.SourceView(title, web(known.map(PracticeLineage::page).orElse(uriOrUrl)));
    }

    private Optional<Pages.AdaptationView> adaptation(Practice practice, Locale language) {
        Optional<Status> status = statuses.byId(practice.statusId()).filter(s -> s.visibility().isOpen());
        Optional<Account> author = accounts.findById(practice.accountId());
        if (status.isEmpty() || author.isEmpty()) {
            return Optional.empty();
        }
        Account a = author.get();
        PracticeContent c = practice.content();
        String country = c.country() == null ? null : new Locale("", c.country()).getDisplayCountry(language);
        return Optional.of(new Pages.AdaptationView(c.title(), web(page(status.get())),
                a.displayName().isBlank() ? a.username() : a.displayName(), a.username() + "@" + (a.isLocal() ? uris.domain() : a.domain()),
                web(a.url() != null ? a.url() : a.uri()), c.organisation(), c.organisationType(), country));
    }

    private static String page(Status status) {
        return status.url() != null ? status.url() : status.uri();
    }

    /** Only http(s) addresses become links: a remote server's text never becomes a script URL. */
    static String web(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }
}
