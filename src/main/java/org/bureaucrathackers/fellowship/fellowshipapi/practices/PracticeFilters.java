package org.bureaucrathackers.fellowship.fellowshipapi.practices;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.post.Hashtags;
import org.bureaucrathackers.fellowship.practice.PracticeFilter;
import org.bureaucrathackers.fellowship.practice.Vocabulary;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * The filters of the practice list, from the query: {@code author} (an account id or {@code user@domain}),
 * {@code country}, {@code government_level}, {@code sector}, {@code stage}, {@code hack_kind}, {@code theme},
 * {@code community} (a handle or actor URL), {@code q} and {@code local}. Empty when the author or community named is
 * not known here: nothing can match.
 */
public final class PracticeFilters {

    private static final int MAX_VALUE = 300;
    /** Full text is bounded as the directory's is: each word is an index lookup. */
    static final int MAX_QUERY = 200;
    static final int MAX_QUERY_WORDS = 8;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final AccountStore accounts;
    private final LocalUris uris;

    public PracticeFilters(AccountStore accounts, LocalUris uris) {
        this.accounts = accounts;
        this.uris = uris;
    }

    Optional<PracticeFilter> filter(Context ctx) {
        Long authorId = null;
        String author = param(ctx, "author");
        if (author != null) {
            Optional<Account> found = ApiIds.parse(author).flatMap(accounts::findById).or(() -> byHandle(author));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            authorId = found.get().id();
        }
        String communityUri = null;
        String community = param(ctx, "community");
        if (community != null) {
            String lower = community.toLowerCase(Locale.ROOT);
            Optional<String> uri = lower.startsWith("https://") || lower.startsWith("http://")
                    ? Optional.of(community) : byHandle(community).map(Account::uri);
            if (uri.isEmpty()) {
                return Optional.empty();
            }
            communityUri = uri.get();
        }
        String stage = word(ctx, "stage", Vocabulary.STAGES);
        String hackKind = word(ctx, "hack_kind", Vocabulary.HACK_KINDS);
        String theme = param(ctx, "theme");
        if (theme != null) {
            theme = Hashtags.normalize(theme.startsWith("#") ? theme.substring(1) : theme);
            if (theme == null) {
                throw new FieldError("theme", "is not a hashtag");
            }
        }
        String local = param(ctx, "local");
        Boolean onlyLocal = local == null ? null : switch (local.toLowerCase(Locale.ROOT)) {
            case "true", "1", "on" -> Boolean.TRUE;
            case "false", "0", "off" -> Boolean.FALSE;
            default -> throw new FieldError("local", "must be true or false");
        };
        return Optional.of(new PracticeFilter(authorId, param(ctx, "country"), param(ctx, "government_level"),
                param(ctx, "sector"), stage, hackKind, theme, communityUri, query(ctx), onlyLocal));
    }

    /** The full-text query: at most {@link #MAX_QUERY} characters and {@link #MAX_QUERY_WORDS} different words. */
    private static String query(Context ctx) {
        String q = param(ctx, "q");
        if (q == null) {
            return null;
        }
        if (q.length() > MAX_QUERY) {
            throw new FieldError("q", "at most " + MAX_QUERY + " characters");
        }
        long words = Arrays.stream(NOT_A_WORD.split(q.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .distinct().count();
        if (words > MAX_QUERY_WORDS) {
            throw new FieldError("q", "at most " + MAX_QUERY_WORDS + " words");
        }
        return q;
    }

    private Optional<Account> byHandle(String handle) {
        String text = handle.startsWith("@") ? handle.substring(1) : handle;
        int at = text.indexOf('@');
        if (at < 0 || text.substring(at + 1).equalsIgnoreCase(uris.domain())) {
            return accounts.findLocal(at < 0 ? text : text.substring(0, at));
        }
        return accounts.findRemoteByHandle(text.substring(0, at), text.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    private static String word(Context ctx, String name, List<String> words) {
        String value = param(ctx, name);
        if (value != null && !words.contains(value.toLowerCase(Locale.ROOT))) {
            throw new FieldError(name, "must be one of " + String.join(", ", words));
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_VALUE) {
            throw new FieldError(name, "at most " + MAX_VALUE + " characters");
        }
        return stripped;
    }
}
