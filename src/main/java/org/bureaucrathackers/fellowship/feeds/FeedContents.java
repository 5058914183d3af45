package org.bureaucrathackers.fellowship.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.FeedEntry;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.jsoup.nodes.Entities;

/** Builds the format-free {@link Feed} of an account, a hashtag or a community from the posts it lists. */
final class FeedContents {

    /** How much of a post's text makes an entry's title when it has no content warning. */
    static final int TITLE_CHARACTERS = 80;
    /** A BCP 47 tag as Atom's xml:lang and RSS's language accept it; anything else is left out. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,4}");

    private final LocalUris uris;

    FeedContents(LocalUris uris) {
        this.uris = uris;
    }

    /** The feed of a local account's public posts; its page is the profile ({@code /@name}). */
    Feed ofAccount(Account account, List<FeedEntry> entries) {
        String page = uris.profile(account.username());
        String name = nameOf(account);
        String title = name + " (@" + uris.handle(account.username()) + ")";
        String about = HtmlSanitizer.text(account.summaryHtml());
        String description = about.isBlank() ? "Public posts of " + title : about;
        Instant fallback = account.updatedAt() != null ? account.updatedAt() : account.createdAt();
        List<Feed.Item> items = entries.stream().map(this::item).toList();
        return new Feed(title, description, page, page + ".rss", page + ".atom", languageOf(items), name,
                page, updated(items, fallback), items);
    }

    /** The feed of a hashtag's public posts, from here and elsewhere; its page is {@code /tags/NAME}. */
    Feed ofTag(String tag, List<FeedEntry> entries) {
        String page = uris.tag(tag);
        List<Feed.Item> items = entries.stream().map(this::item).toList();
        return new Feed("#" + tag, "Public posts with #" + tag + " on " + uris.domain(), page, page + ".rss",
                page + ".atom", languageOf(items), null, null, updated(items, Instant.EPOCH), items);
    }

    /**
     * The feed of what a community announced: its members' public posts, here and elsewhere; its page is the
     * community's ({@code /communities/NAME}).
     */
    Feed ofCommunity(Account group, List<FeedEntry> entries) {
        String page = uris.community(group.username());
        String title = nameOf(group) + " (@" + uris.handle(group.username()) + ")";
        String about = HtmlSanitizer.text(group.summaryHtml());
        String description = about.isBlank() ? "Posts shared in the community " + title : about;
        List<Feed.Item> items = entries.stream().map(this::item).toList();
        return new Feed(title, description, page, page + ".rss", page + ".atom", languageOf(items), null, null,
                updated(items, group.createdAt()), items);
    }

    private Feed.Item item(FeedEntry entry) {
        Status post = entry.status();
        Account author = entry.author();
        String link = post.url() != null ? post.url() : post.uri();
        String content = XmlText.cleanHtml(HtmlSanitizer.clean(XmlText.clean(post.contentHtml())));
        String warning = post.spoilerText() == null || post.spoilerText().isBlank() ? null
                : XmlText.clean(post.spoilerText());
        String html = warning == null ? content
                : "<p><strong>Content warning:</strong> " + Entities.escape(warning) + "</p>" + content;
        Instant updated = post.editedAt() != null ? post.editedAt() : post.createdAt();
        return new Feed.Item(post.uri(), link, titleOf(warning, content, author), html, language(post.language()),
                post.createdAt(), updated, nameOf(author), author.url() != null ? author.url() : author.uri(),
                entry.tags(), entry.attachments().stream().filter(a -> a.url() != null).map(FeedContents::enclosure)
                        .toList());
    }

    private static Feed.Enclosure enclosure(Attachment media) {
        return new Feed.Enclosure(media.url(), media.mediaType(), media.description());
    }

    /** The content warning, else the start of the text, else who wrote it: Atom requires a title. */
    private static String titleOf(String warning, String html, Account author) {
        if (warning != null) {
            return warning;
        }
        String text = HtmlSanitizer.text(html).strip();
        if (text.isEmpty()) {
            return "Post by " + nameOf(author);
        }
        if (text.length() <= TITLE_CHARACTERS) {
            return text;
        }
        int cut = TITLE_CHARACTERS;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String nameOf(Account account) {
        return account.displayName() == null || account.displayName().isBlank()
                ? account.username() : account.displayName();
    }

    /** The language the whole feed is in, when every post that names one names the same. */
    private static String languageOf(List<Feed.Item> items) {
        Set<String> languages = items.stream().map(Feed.Item::language).filter(l -> l != null)
                .collect(Collectors.toSet());
        return languages.size() == 1 ? languages.iterator().next() : null;
    }

    private static String language(String tag) {
        return tag != null && LANGUAGE.matcher(tag).matches() ? tag : null;
    }

    /** When the newest change among the items happened; {@code fallback} for a feed with none. */
    private static Instant updated(List<Feed.Item> items, Instant fallback) {
        return items.stream().map(Feed.Item::updated).max(Instant::compareTo).orElse(fallback);
    }
}
