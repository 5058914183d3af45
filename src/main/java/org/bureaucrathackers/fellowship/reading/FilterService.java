package org.bureaucrathackers.fellowship.reading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.transaction.Transactions;

/**
 * Fellows' keyword filters, validated as Mastodon validates them (its messages, so clients show familiar text).
 * Someone else's filter looks exactly like a filter that does not exist.
 */
public final class FilterService {

    public static final int MAX_FILTERS = 100;
    public static final int MAX_KEYWORDS = 100;
    public static final int MAX_TITLE = 256;
    public static final int MAX_KEYWORD = 512;
    /** Ten years: longer is "never", which clients say by leaving the expiry out. */
    public static final long MAX_EXPIRES_IN = Duration.ofDays(3653).toSeconds();

    private final Transactions transactions;
    private final FilterStore filters;
    private final Ids ids;
    private final Clock clock;

    public FilterService(Transactions transactions, FilterStore filters, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.filters = filters;
        this.ids = ids;
        this.clock = clock;
    }

    public List<ContentFilter> filters(Account owner) {
        return filters.ofOwner(owner.id(), MAX_FILTERS);
    }

    /** The owner's filter, or {@link UnknownRecordException}. */
    public ContentFilter owned(Account owner, long filterId) {
        return filters.find(filterId).filter(f -> f.accountId() == owner.id())
                .orElseThrow(() -> new UnknownRecordException("no filter " + filterId));
    }

    public ContentFilter create(Account owner, FilterChange change) {
        List<String> problems = new ArrayList<>();
        String title = title(change.title(), problems);
        Set<ContentFilter.Context> contexts = contexts(change.contexts(), problems);
        ContentFilter.Action action = change.action() == null ? ContentFilter.Action.WARN : action(change.action());
        Instant now = now();
        Instant expiresAt = expiresAt(change.expiry(), null, now);
        List<ContentFilter.Keyword> keywords = new ArrayList<>();
        for (FilterChange.KeywordChange k : change.keywords()) {
            if (k.id() != null) {
                throw new UnknownRecordException("a new filter has no keyword " + k.id());
            }
            if (!k.destroy()) {
                keywords.add(new ContentFilter.Keyword(ids.next(), keyword(k.keyword(), problems),
                        k.wholeWord() == null || k.wholeWord()));
            }
        }
        failOn(problems);
        requireFewKeywords(keywords.size());
        ContentFilter filter = new ContentFilter(ids.next(), owner.id(), title, contexts, action, expiresAt, now,
                keywords);
        return transactions.inTransaction(() -> {
            if (filters.countOfOwner(owner.id()) >= MAX_FILTERS) {
                throw new InvalidReadingException("Validation failed: a fellow can have at most " + MAX_FILTERS
                        + " filters");
            }
            filters.insert(filter);
            return filter;
        });
    }

    /** Applies the change to the owner's filter: given fields replace, keywords are added, changed or removed. */
    public ContentFilter update(Account owner, long filterId, FilterChange change) {
        return transactions.inTransaction(() -> {
            ContentFilter filter = owned(owner, filterId);
            List<String> problems = new ArrayList<>();
            String title = change.title() == null ? filter.title() : title(change.title(), problems);
            Set<ContentFilter.Context> contexts = change.contexts() == null ? filter.contexts()
                    : contexts(change.contexts(), problems);
            ContentFilter.Action action = change.action() == null ? filter.action() : action(change.action());
            Instant expiresAt = expiresAt(change.expiry(), filter.expiresAt(), now());
            Map<Long, ContentFilter.Keyword> keywords = new LinkedHashMap<>();
            filter.keywords().forEach(k -> keywords.put(k.id(), k));
            for (FilterChange.KeywordChange k : change.keywords()) {
                if (k.id() == null) {
                    if (!k.destroy()) {
                        long id = ids.next();
                        keywords.put(id, new ContentFilter.Keyword(id, keyword(k.keyword(), problems),
                                k.wholeWord() == null || k.wholeWord()));
                    }
                    continue;
                }
                ContentFilter.Keyword existing = keywords.get(k.id());
                if (existing == null) {
                    throw new UnknownRecordException("filter " + filterId + " has no keyword " + k.id());
                }
                if (k.destroy()) {
                    keywords.remove(k.id());
                } else {
                    keywords.put(k.id(), new ContentFilter.Keyword(k.id(),
                            k.keyword() == null ? existing.keyword() : keyword(k.keyword(), problems),
                            k.wholeWord() == null ? existing.wholeWord() : k.wholeWord()));
                }
            }
            failOn(problems);
            requireFewKeywords(keywords.size());
            ContentFilter changed = new ContentFilter(filter.id(), filter.accountId(), title, contexts, action,
                    expiresAt, filter.createdAt(), List.copyOf(keywords.values()));
            filters.replace(changed);
            return changed;
        });
    }

    public void delete(Account owner, long filterId) {
        filters.delete(owned(owner, filterId).id());
    }

    private static String title(String title, List<String> problems) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            problems.add("Title can't be blank");
        } else if (stripped.length() > MAX_TITLE) {
            problems.add("Title is too long (at most " + MAX_TITLE + " characters)");
        }
        return stripped;
    }

    private static Set<ContentFilter.Context> contexts(List<String> names, List<String> problems) {
        Set<ContentFilter.Context> contexts = EnumSet.noneOf(ContentFilter.Context.class);
        if (names == null || names.stream().allMatch(String::isBlank)) {
            problems.add("Context can't be blank");
            return contexts;
        }
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            var context = ContentFilter.Context.fromKey(name.strip());
            if (context.isEmpty()) {
                problems.add("Context None or invalid context supplied (use home, notifications, public, thread or"
                        + " account)");
                return contexts;
            }
            contexts.add(context.get());
        }
        return contexts;
    }

    private static ContentFilter.Action action(String name) {
        return ContentFilter.Action.fromKey(name.strip()).orElseThrow(() -> new InvalidReadingException(
                "Validation failed: Filter action is not included in the list (use warn or hide)"));
    }

    private static String keyword(String keyword, List<String> problems) {
        String stripped = keyword == null ? "" : keyword.strip();
        if (stripped.isEmpty()) {
            problems.add("Keyword can't be blank");
        } else if (stripped.length() > MAX_KEYWORD) {
            problems.add("Keyword is too long (at most " + MAX_KEYWORD + " characters)");
        }
        return stripped;
    }

    private static Instant expiresAt(FilterChange.Expiry expiry, Instant current, Instant now) {
        if (!expiry.given()) {
            return current;
        }
        if (expiry.seconds() == null) {
            return null;
        }
        if (expiry.seconds() < 1 || expiry.seconds() > MAX_EXPIRES_IN) {
            throw new InvalidReadingException("Validation failed: expires_in must be between 1 and "
                    + MAX_EXPIRES_IN + " seconds");
        }
        return now.plusSeconds(expiry.seconds());
    }

    private static void requireFewKeywords(int count) {
        if (count > MAX_KEYWORDS) {
            throw new InvalidReadingException("Validation failed: a filter has at most " + MAX_KEYWORDS + " keywords");
        }
    }

    private static void failOn(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidReadingException("Validation failed: " + String.join(", ", problems));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
