package org.bureaucrathackers.fellowship.vocab;

import static org.bureaucrathackers.fellowship.vocab.LenientJson.bool;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.httpUrl;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.identifier;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.items;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.jsonld.BoundedJson;
import org.bureaucrathackers.fellowship.jsonld.JsonBounds;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException;

/**
 * Reads a remote post (Note, Article, Page, Question) by property name, tolerating the shapes real
 * servers send: single values or arrays, IRIs or embedded objects, {@code contentMap} without
 * {@code content}, plain-text content, {@code as:Public}. Lists are cut at their caps and long text is
 * truncated; a missing or wrong id, type or author, or no content at all, refuses the document. Quote
 * properties and interaction policies are ignored.
 */
public final class NoteReader {

    public static final List<String> POST_TYPES = List.of("Note", "Article", "Page", "Question");
    public static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static final int MAX_CONTENT = 100_000;
    static final int MAX_NAME = 2_048;
    static final int MAX_SUMMARY = 5_000;
    static final int MAX_ADDRESSES = 500;
    static final int MAX_TAGS_SCANNED = 200;
    static final int MAX_MENTIONS = 100;
    static final int MAX_HASHTAGS = 50;
    static final int MAX_EMOJIS = 50;
    static final int MAX_TAG_NAME = 300;
    static final int MAX_ATTACHMENTS = 4;
    static final int MAX_ATTACHMENTS_SCANNED = 20;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_POLL_OPTIONS = 20;
    static final int MAX_OPTION = 500;
    static final int MAX_CONTENT_MAP = 32;
    static final int MAX_AUTHORS = 16;
    static final int MAX_TYPE = 64;
    static final int MAX_EXTENSIONS = 64;
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,4}$");
    private static final List<String> PUBLIC_ALIASES = List.of(PUBLIC, "as:Public", "Public",
            "http://www.w3.org/ns/activitystreams#Public");
    private static final List<String> AUTHOR_TYPES = List.of("Person", "Service", "Application", "Organization");

    private final BoundedJson parser = BoundedJson.remote();

    public RemoteNote read(String json) throws RefusedDocumentException {
        try {
            return readTree(parser.parse(json));
        } catch (JsonLdException e) {
            throw new RefusedDocumentException(e.getMessage());
        }
    }

    public RemoteNote read(byte[] utf8) throws RefusedDocumentException {
        try {
            return readTree(parser.parse(utf8));
        } catch (JsonLdException e) {
            throw new RefusedDocumentException(e.getMessage());
        }
    }

    /** Reads an already parsed object (say, the {@code object} of a Create), within remote-document bounds. */
    public RemoteNote read(JsonNode document) throws RefusedDocumentException {
        try {
            JsonBounds.REMOTE.check(document);
        } catch (JsonLdException e) {
            throw new RefusedDocumentException(e.getMessage());
        }
        return readTree(document);
    }

    private RemoteNote readTree(JsonNode doc) throws RefusedDocumentException {
        if (!doc.isObject()) {
            throw new RefusedDocumentException("not a JSON object");
        }
        String type = postType(doc);
        String id = requiredUrl(doc, "id");
        String author = author(doc.get("attributedTo"));
        Content content = content(doc);
        String name = blankToNull(text(doc.get("name"), MAX_NAME));
        String summary = blankToNull(text(doc.get("summary"), MAX_SUMMARY));
        List<RemoteAttachment> attachments = NoteAttachments.read(doc.get("attachment"));
        List<String> options = "Question".equals(type) ? pollOptions(doc) : List.of();
        String inReplyTo = firstUrl(doc.get("inReplyTo"));
        if ("Note".equals(type) && content.html() == null && name != null && inReplyTo != null
                && attachments.isEmpty()) {
            throw new RefusedDocumentException("a poll vote, not a post");
        }
        boolean titled = name != null && !"Note".equals(type);
        if (content.html() == null && attachments.isEmpty() && options.isEmpty() && !titled) {
            throw new RefusedDocumentException("no content");
        }
        List<RemoteNote.Mention> mentions = new ArrayList<>();
        List<String> hashtags = new ArrayList<>();
        List<RemoteNote.Emoji> emojis = new ArrayList<>();
        NoteTags.read(doc.get("tag"), mentions, hashtags, emojis);
        return new RemoteNote(id, type, author, content.html(), content.language(), name, summary,
                bool(doc.get("sensitive")), addresses(doc.get("to")), addresses(doc.get("cc")),
                addresses(doc.get("bto")), addresses(doc.get("bcc")), inReplyTo,
                LenientJson.instant(doc.get("published")), LenientJson.instant(doc.get("updated")),
                ActorReader.preferredUrl(doc.get("url")), mentions, hashtags, emojis, attachments,
                conversation(doc), options, extensions(doc));
    }

    /** The extension properties features read (see {@link RemoteNote#extensions()}), at most a bounded number. */
    private static ObjectNode extensions(JsonNode doc) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = doc.fields();
        while (fields.hasNext() && result.size() < MAX_EXTENSIONS) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.startsWith("fellowship:") || name.startsWith("sdo:") || name.equals("audience")) {
                result.set(name, field.getValue());
            }
        }
        return result;
    }

    private static String postType(JsonNode doc) throws RefusedDocumentException {
        List<String> types = LenientJson.types(doc.get("type"), ActorReader.MAX_TYPES);
        for (String type : types) {
            for (String postType : POST_TYPES) {
                if (type.equals(postType) || type.equals("as:" + postType)
                        || type.equals("https://www.w3.org/ns/activitystreams#" + postType)) {
                    return postType;
                }
            }
        }
        if (types.isEmpty()) {
            throw new RefusedDocumentException("missing type");
        }
        if (types.contains("Tombstone")) {
            throw new RefusedDocumentException("a Tombstone: the post was deleted");
        }
        throw new RefusedDocumentException("not a post type: " + LenientJson.truncate(types.get(0), MAX_TYPE));
    }

    private static String requiredUrl(JsonNode doc, String property) throws RefusedDocumentException {
        JsonNode value = doc.get(property);
        if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            throw new RefusedDocumentException("missing " + property);
        }
        String url = httpUrl(value);
        if (url == null) {
            throw new RefusedDocumentException(property + " is not an http(s) URL");
        }
        return url;
    }

    /**
     * {@code attributedTo} as an IRI, an embedded actor or an array of either (PeerTube lists the account and
     * its channel): the first person-like actor, else the first usable entry.
     */
    private static String author(JsonNode node) throws RefusedDocumentException {
        String first = null;
        for (JsonNode item : items(node, MAX_AUTHORS)) {
            String url = httpUrl(item);
            if (url == null) {
                continue;
            }
            if (!item.isObject() || hasAnyType(item, AUTHOR_TYPES)) {
                return url;
            }
            if (first == null) {
                first = url;
            }
        }
        if (first == null) {
            throw new RefusedDocumentException("missing attributedTo");
        }
        return first;
    }

    private record Content(String html, String language) {
    }

    /**
     * {@code content}, else the first {@code contentMap} value (T6). Its language is the contentMap key whose
     * value is the content, else the first key, else Lemmy's {@code language.identifier}. Content declared as
     * something other than HTML (PeerTube's Markdown) is shown as text.
     */
    private static Content content(JsonNode doc) {
        String content = blankToNull(text(doc.get("content"), MAX_CONTENT));
        String language = null;
        String firstKey = null;
        String firstValue = null;
        JsonNode map = doc.get("contentMap");
        if (map != null && map.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
            for (int i = 0; i < MAX_CONTENT_MAP && fields.hasNext(); i++) {
                Map.Entry<String, JsonNode> entry = fields.next();
                String value = text(entry.getValue(), MAX_CONTENT);
                if (value == null || entry.getKey().length() > 35 || !LANGUAGE.matcher(entry.getKey()).matches()) {
                    continue;
                }
                if (firstKey == null) {
                    firstKey = entry.getKey();
                    firstValue = value;
                }
                if (value.equals(content)) {
                    language = entry.getKey();
                }
            }
        }
        if (content == null && firstValue != null && !firstValue.isBlank()) {
            return new Content(firstValue, firstKey);
        }
        if (content == null) {
            return new Content(null, null);
        }
        if (language == null) {
            language = firstKey != null ? firstKey : identifierLanguage(doc.get("language"));
        }
        String mediaType = text(doc.get("mediaType"), 255);
        if (mediaType != null && !mediaType.startsWith("text/html")) {
            content = plainTextAsHtml(content);
        }
        return new Content(content, language);
    }

    private static String identifierLanguage(JsonNode node) {
        for (JsonNode item : items(node, 4)) {
            String tag = item.isObject() ? identifier(item.get("identifier"), 35) : identifier(item, 35);
            if (tag != null && LANGUAGE.matcher(tag).matches()) {
                return tag;
            }
        }
        return null;
    }

    static String plainTextAsHtml(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<p>" + escaped.replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
    }

    /** to/cc/bto/bcc: IRIs or objects with ids; every spelling of the public collection becomes its full IRI (V2). */
    private static List<String> addresses(JsonNode node) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : items(node, MAX_ADDRESSES)) {
            String value = item.isTextual() ? item.textValue() : httpUrl(item);
            if (value == null) {
                continue;
            }
            String address = PUBLIC_ALIASES.contains(value) ? PUBLIC : LenientJson.isHttpUrl(value) ? value : null;
            if (address != null && !result.contains(address)) {
                result.add(address);
            }
        }
        return result;
    }

    private static String firstUrl(JsonNode node) {
        for (JsonNode item : items(node, 4)) {
            String url = httpUrl(item);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static String conversation(JsonNode doc) {
        for (String property : List.of("context", "conversation")) {
            JsonNode value = doc.get(property);
            String id = value != null && value.isObject() ? identifier(value.get("id"), LenientJson.MAX_URL_LENGTH)
                    : identifier(value, LenientJson.MAX_URL_LENGTH);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static List<String> pollOptions(JsonNode doc) {
        List<String> options = new ArrayList<>();
        for (String property : List.of("oneOf", "anyOf")) {
            for (JsonNode item : items(doc.get(property), MAX_POLL_OPTIONS)) {
                String name = item.isObject() ? blankToNull(text(item.get("name"), MAX_OPTION)) : null;
                if (name != null && options.size() < MAX_POLL_OPTIONS) {
                    options.add(name);
                }
            }
        }
        return options;
    }

    private static boolean hasAnyType(JsonNode item, List<String> wanted) {
        for (String type : LenientJson.types(item.get("type"), ActorReader.MAX_TYPES)) {
            for (String local : wanted) {
                if (LenientJson.isType(type, local)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
