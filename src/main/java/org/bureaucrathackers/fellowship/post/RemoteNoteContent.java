package org.bureaucrathackers.fellowship.post;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.vocab.RemoteAttachment;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * What of a remote note is stored, read from the note alone: sanitised HTML and content warning, hashtags,
 * attachments, the permalink, and the origin rule they rest on. No store is touched here; {@link RemoteNotes}
 * writes the result.
 */
final class RemoteNoteContent {

    private RemoteNoteContent() {
    }

    record Content(String html, String spoiler, boolean sensitive) {
    }

    /**
     * Sanitised HTML. An Article or Page is the readable story: its title as a bold first line, then its
     * content (its summary is an abstract, not a warning). A Question lists its choices.
     */
    static Content content(RemoteNote note) {
        StringBuilder html = new StringBuilder();
        String spoiler = null;
        if (note.isLongForm()) {
            if (note.name() != null) {
                html.append("<p><strong>").append(escape(HtmlSanitizer.text(note.name()))).append("</strong></p>");
            }
        } else if (note.summary() != null) {
            spoiler = blankToNull(HtmlSanitizer.text(note.summary()));
        }
        if (note.contentHtml() != null) {
            html.append(note.contentHtml());
        }
        if (!note.pollOptions().isEmpty()) {
            html.append("<ul>");
            note.pollOptions().forEach(option -> html.append("<li>").append(escape(option)).append("</li>"));
            html.append("</ul>");
        }
        String clean = HtmlSanitizer.clean(html.toString());
        boolean sensitive = Boolean.TRUE.equals(note.sensitive()) || spoiler != null;
        return new Content(clean, spoiler, sensitive);
    }

    static List<String> hashtags(RemoteNote note) {
        Set<String> names = new LinkedHashSet<>();
        for (String written : note.hashtags()) {
            String name = Hashtags.normalize(written);
            if (name != null && names.size() < PostMarkdown.MAX_TAGS * 2) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    static List<Attachment> attachments(RemoteNote note) {
        List<Attachment> result = new ArrayList<>();
        for (RemoteAttachment a : note.attachments()) {
            result.add(new Attachment(a.type(), a.url(), a.mediaType(),
                    a.description() == null ? null : HtmlSanitizer.text(a.description()), null, a.blurhash(),
                    a.width(), a.height(), a.focusX(), a.focusY(), null));
        }
        return result;
    }

    /** The post's HTML page, kept only when it is on the author's server (X20). */
    static String permalink(RemoteNote note, Account author) {
        return note.url() != null && sameOrigin(note.url(), author.uri()) ? note.url() : null;
    }

    /** Same scheme, host (case-insensitive) and port. */
    static boolean sameOrigin(String a, String b) {
        try {
            URI x = URI.create(a);
            URI y = URI.create(b);
            return x.getScheme() != null && x.getHost() != null && y.getHost() != null
                    && x.getScheme().equalsIgnoreCase(y.getScheme())
                    && x.getHost().toLowerCase(Locale.ROOT).equals(y.getHost().toLowerCase(Locale.ROOT))
                    && effectivePort(x) == effectivePort(y);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
