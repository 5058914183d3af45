package org.bureaucrathackers.fellowship.vocab;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * What we keep of a remote post (Note, Article, Page or Question). Required: {@code id}, {@code type},
 * {@code attributedTo}. HTML ({@code contentHtml}) is as received: sanitise before storing or showing it.
 * Addresses are http(s) IRIs, with every form of the public collection written in full (V2). Anything
 * else is null (or empty, for lists) when absent or unreadable.
 *
 * @param language     the language of {@code contentHtml}, from {@code contentMap} (T6)
 * @param summary      a content warning on a Note; an abstract on an Article or Page
 * @param conversation the thread: {@code context}, or else Mastodon's {@code conversation}
 * @param pollOptions  the choices of a Question
 * @param extensions   the post's top-level Fellowship ({@code fellowship:}) and schema.org ({@code sdo:}) properties
 *                     and its {@code audience}, as sent (a JSON object; empty when it has none): what features
 *                     built on posts read their structure from
 */
public record RemoteNote(
        String id,
        String type,
        String attributedTo,
        String contentHtml,
        String language,
        String name,
        String summary,
        Boolean sensitive,
        List<String> to,
        List<String> cc,
        List<String> bto,
        List<String> bcc,
        String inReplyTo,
        Instant published,
        Instant updated,
        String url,
        List<Mention> mentions,
        List<String> hashtags,
        List<Emoji> emojis,
        List<RemoteAttachment> attachments,
        String conversation,
        List<String> pollOptions,
        ObjectNode extensions) {

    public RemoteNote {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bto = List.copyOf(bto);
        bcc = List.copyOf(bcc);
        mentions = List.copyOf(mentions);
        hashtags = List.copyOf(hashtags);
        emojis = List.copyOf(emojis);
        attachments = List.copyOf(attachments);
        pollOptions = List.copyOf(pollOptions);
        extensions = extensions == null ? JsonNodeFactory.instance.objectNode() : extensions.deepCopy();
    }

    /** A {@code Mention} tag: the actor's id and the name shown, such as {@code @bob@example.com}. */
    public record Mention(String href, String name) {
    }

    /** A custom emoji ({@code :code:}) and its image. */
    public record Emoji(String name, String iconUrl) {
    }

    /** Whether the post is a long-form one (Article, Page) whose title belongs in the story. */
    public boolean isLongForm() {
        return "Article".equals(type) || "Page".equals(type);
    }

    /** Every address in to, cc, bto and bcc. */
    public List<String> allAddresses() {
        return java.util.stream.Stream.of(to, cc, bto, bcc).flatMap(List::stream).distinct().toList();
    }
}
