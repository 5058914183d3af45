package org.bureaucrathackers.fellowship.web.practice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeFilter;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Finds the practices a new one may be adapted from, with the search the API's practice list uses: words in the
 * title, summary, problem, what changed or themes. Only public and unlisted practices are offered.
 */
public final class AdaptedFromSearch {

    /** The most practices one search lists. */
    public static final int MAX_RESULTS = 10;
    /** The longest query searched, and the most different words of it; the rest is ignored. */
    public static final int MAX_QUERY = 200;
    public static final int MAX_QUERY_WORDS = 8;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A practice found: its title, author and organisation, and the address to name it by. */
    public record Found(String title, String authorName, String authorHandle, String organisation, String address) {
    }

    private final PracticeService practices;
    private final Statuses statuses;
    private final AccountStore accounts;
    private final LocalUris uris;

    public AdaptedFromSearch(PracticeService practices, Statuses statuses, AccountStore accounts, LocalUris uris) {
        this.practices = practices;
        this.statuses = statuses;
        this.accounts = accounts;
        this.uris = uris;
    }

    public List<Found> find(String query) {
        String text = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        String words = String.join(" ", Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty()).distinct().limit(MAX_QUERY_WORDS).toList());
        if (words.isEmpty()) {
            return List.of();
        }
        PracticeFilter filter = new PracticeFilter(null, null, null, null, null, null, null, null, words, null);
        return practices.list(filter, PageRequest.newest(MAX_RESULTS)).items().stream().map(this::found)
                .flatMap(Optional::stream).toList();
    }

    private Optional<Found> found(Practice practice) {
        Optional<Status> status = statuses.byId(practice.statusId()).filter(s -> s.visibility().isOpen());
        Optional<Account> author = accounts.findById(practice.accountId());
        if (status.isEmpty() || author.isEmpty()) {
            return Optional.empty();
        }
        Account a = author.get();
        return Optional.of(new Found(practice.content().title(),
                a.displayName().isBlank() ? a.username() : a.displayName(),
                a.username() + "@" + (a.isLocal() ? uris.domain() : a.domain()),
                practice.content().organisation(), status.get().uri()));
    }
}
