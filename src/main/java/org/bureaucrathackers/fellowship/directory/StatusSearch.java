package org.bureaucrathackers.fellowship.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusResolver;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.post.Statuses;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Status search: a pasted URL finds that post (fetched from its server when a signed-in fellow asks with
 * {@code resolve}); words find the statuses whose text contains all of them, newest first, among those the fellow
 * may see. Full-text search is for signed-in fellows only, as on Mastodon, and reads a bounded number of
 * candidates per query.
 */
public final class StatusSearch {

    public static final int MAX_WORDS = 10;
    /** How many candidate statuses one query reads at most, whatever it finds. */
    static final int MAX_SCANNED = 1_000;
    private static final int BATCH = 100;
    private static final int MAX_WORD = 100;
    private static final Logger LOG = LoggerFactory.getLogger(StatusSearch.class);

    private final DirectoryStore directory;
    private final StatusStore statuses;
    private final Statuses lookup;
    private final StatusAccess access;
    private final StatusResolver resolver;

    public StatusSearch(DirectoryStore directory, StatusStore statuses, Statuses lookup, StatusAccess access,
                        StatusResolver resolver) {
        this.directory = directory;
        this.statuses = statuses;
        this.lookup = lookup;
        this.access = access;
        this.resolver = resolver;
    }

    /**
     * @param viewer   the fellow searching, or null for anonymous callers (URLs of stored public posts only)
     * @param authorId only statuses of this account, when not null
     */
    public List<Status> search(String query, boolean resolve, Account viewer, Long authorId, int offset, int limit) {
        String text = query == null ? "" : query.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return offset > 0 ? List.of() : byUrl(text, resolve && viewer != null, viewer, authorId);
        }
        if (viewer == null || text.isEmpty()) {
            return List.of();
        }
        List<String> words = Arrays.stream(lower.split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w).distinct().limit(MAX_WORDS).toList();
        return containing(words, viewer, authorId, offset, limit);
    }

    private List<Status> byUrl(String url, boolean resolve, Account viewer, Long authorId) {
        Optional<Status> status = lookup.byUriOrUrl(url);
        if (status.isEmpty() && resolve) {
            try {
                status = Optional.of(resolver.resolve(url));
            } catch (FetchException | InvalidPostException e) {
                LOG.info("{} not resolved as a post: {}", url, e.getMessage());
            }
        }
        return status.filter(s -> !s.isBoost() && (authorId == null || s.accountId() == authorId))
                .filter(s -> access.canSee(Optional.ofNullable(viewer), s))
                .map(List::of).orElse(List.of());
    }

    private List<Status> containing(List<String> words, Account viewer, Long authorId, int offset, int limit) {
        List<String> stored = words.stream().map(StatusSearch::asStoredHtml).toList();
        List<Status> found = new ArrayList<>();
        int skipped = 0;
        Long before = null;
        for (int scanned = 0; scanned < MAX_SCANNED; scanned += BATCH) {
            List<Long> ids = directory.statusesContaining(stored, authorId, before, BATCH);
            for (long id : ids) {
                Optional<Status> status = statuses.findById(id);
                if (status.isEmpty() || !access.canSee(viewer, status.get()) || !containsAll(status.get(), words)) {
                    continue;
                }
                if (skipped < offset) {
                    skipped++;
                } else {
                    found.add(status.get());
                    if (found.size() == limit) {
                        return found;
                    }
                }
            }
            if (ids.size() < BATCH) {
                break;
            }
            before = ids.get(ids.size() - 1);
        }
        return found;
    }

    private static boolean containsAll(Status status, List<String> words) {
        String text = Jsoup.parse(status.contentHtml()).text().toLowerCase(Locale.ROOT);
        String warning = status.spoilerText() == null ? "" : status.spoilerText().toLowerCase(Locale.ROOT);
        return words.stream().allMatch(w -> text.contains(w) || warning.contains(w));
    }

    /** A word as it appears in stored HTML, so the database can narrow the candidates. */
    private static String asStoredHtml(String word) {
        return word.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
