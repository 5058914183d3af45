package org.bureaucrathackers.fellowship.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a document may be read by property name, without JSON-LD processing (X15): when none of its contexts
 * gives an ActivityStreams term another meaning than the ActivityStreams context does, its plain JSON and its
 * JSON-LD meaning agree on every term the readers use.
 *
 * <p>Usual is: no {@code @context} at all (ActivityStreams is assumed, as AS2 allows); or the ActivityStreams
 * context with bundled contexts and inline term maps that keep its terms as they are. Any context URL is
 * harmless before the ActivityStreams context, which defines every one of its terms again after it; after it, a
 * URL must be a bundled context that keeps them (one that is not bundled could redefine anything). {@code @import}, {@code @base}, a null context, aliases of keywords
 * and definitions of {@code prefix:suffix} terms make a document unusual too, and so do scoped contexts that
 * break these rules. Contexts nested inside the document are held to the same rules.
 */
public final class UsualContexts {

    private static final Set<String> ACTIVITY_STREAMS = Set.of(
            "https://www.w3.org/ns/activitystreams", "http://www.w3.org/ns/activitystreams",
            "https://www.w3.org/ns/activitystreams#", "http://www.w3.org/ns/activitystreams#",
            "https://www.w3.org/ns/activitystreams.jsonld", "http://www.w3.org/ns/activitystreams.jsonld");
    /** Keywords of a context that change how terms are read, but never which IRI an ActivityStreams term means. */
    private static final Set<String> HARMLESS_KEYWORDS =
            Set.of("@version", "@language", "@vocab", "@protected", "@direction", "@propagate");
    private static final Set<String> DEFINITION_KEYS =
            Set.of("@id", "@type", "@container", "@protected", "@language", "@direction", "@context", "@prefix");
    private static final int MAX_ENTRIES = 64;
    private static final int MAX_TERMS = 1_000;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_NESTED_CONTEXTS = 100;
    /**
     * Blocks that sign the document (a FEP-8b32 {@code proof}, a Linked Data {@code signature}) and carry contexts
     * of their own. No reader takes a term from them: a proof is checked byte for byte (JCS) and LD signatures are
     * not read at all, so their contexts cannot change what the document says.
     */
    public static final Set<String> DETACHED_BLOCKS = Set.of("proof", "signature");

    private final BundledContexts bundled;
    private final Map<String, TermDefinition> activityStreamsTerms;
    private final Map<String, String> activityStreamsPrefixes;
    private final Map<String, Optional<String>> bundledVerdicts = new ConcurrentHashMap<>();

    public UsualContexts(BundledContexts bundled) {
        this.bundled = bundled;
        JsonNode context = JakartaJson.toJackson(bundled.document("https://www.w3.org/ns/activitystreams")
                .orElseThrow(() -> new IllegalStateException("the ActivityStreams context is not bundled"))
                .getJsonContent().orElseThrow()).get("@context");
        this.activityStreamsPrefixes = TermDefinition.prefixes(context, Map.of());
        Map<String, TermDefinition> terms = new HashMap<>();
        context.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("@")) {
                terms.put(e.getKey(), TermDefinition.of(e.getValue(), activityStreamsPrefixes));
            }
        });
        this.activityStreamsTerms = Map.copyOf(terms);
    }

    public boolean isUsual(JsonNode document) {
        return unusualBecause(document).isEmpty();
    }

    /** Why the document must be compacted before it is read, or empty when it can be read as it is. */
    public Optional<String> unusualBecause(JsonNode document) {
        if (document == null || !document.isObject()) {
            return Optional.of("it is not a JSON object");
        }
        JsonNode context = document.get("@context");
        if (context != null) {
            Optional<String> problem = topLevel(context);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return nestedContexts(document);
    }

    private Optional<String> topLevel(JsonNode context) {
        List<JsonNode> entries = entries(context);
        if (entries == null) {
            return Optional.of("its @context is neither a URL, a map nor an array");
        }
        if (entries.size() > MAX_ENTRIES) {
            return Optional.of("its @context has more than " + MAX_ENTRIES + " entries");
        }
        boolean activityStreams = false;
        Map<String, String> prefixes = new HashMap<>(activityStreamsPrefixes);
        for (JsonNode entry : entries) {
            if (entry.isTextual() && ACTIVITY_STREAMS.contains(entry.textValue())) {
                activityStreams = true;
                continue;
            }
            if (entry.isTextual() && !activityStreams) {
                continue; // whatever it defines, the ActivityStreams context that follows defines its terms again
            }
            Optional<String> problem = entry(entry, prefixes, 1);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return activityStreams ? Optional.empty() : Optional.of("its @context does not name ActivityStreams");
    }

    /** Contexts inside the document's objects add to the active context, so they obey the same rules. */
    private Optional<String> nestedContexts(JsonNode document) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        document.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("@context") && !DETACHED_BLOCKS.contains(e.getKey())) {
                pending.push(e.getValue());
            }
        });
        int found = 0;
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isArray()) {
                node.forEach(pending::push);
            } else if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (DETACHED_BLOCKS.contains(field.getKey())) {
                        continue;
                    }
                    if (!field.getKey().equals("@context")) {
                        pending.push(field.getValue());
                        continue;
                    }
                    if (++found > MAX_NESTED_CONTEXTS) {
                        return Optional.of("it nests more than " + MAX_NESTED_CONTEXTS + " contexts");
                    }
                    List<JsonNode> entries = entries(field.getValue());
                    if (entries == null || entries.size() > MAX_ENTRIES) {
                        return Optional.of("a nested @context is neither a URL, a map nor a short array");
                    }
                    Map<String, String> prefixes = new HashMap<>(activityStreamsPrefixes);
                    for (JsonNode entry : entries) {
                        if (entry.isTextual() && ACTIVITY_STREAMS.contains(entry.textValue())) {
                            continue;
                        }
                        Optional<String> problem = entry(entry, prefixes, 1);
                        if (problem.isPresent()) {
                            return problem;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** One entry of a context array: a URL that must be bundled and safe, or an inline map. */
    private Optional<String> entry(JsonNode entry, Map<String, String> prefixes, int depth) {
        if (entry.isTextual()) {
            String url = entry.textValue();
            if (ACTIVITY_STREAMS.contains(url)) {
                return Optional.empty();
            }
            if (!bundled.isBundled(url)) {
                return Optional.of("it names the context " + abbreviate(url) + ", which is not bundled here");
            }
            return bundledVerdict(url);
        }
        if (entry.isNull()) {
            return Optional.of("a null @context clears the ActivityStreams terms");
        }
        if (!entry.isObject()) {
            return Optional.of("a @context entry is neither a URL nor a map");
        }
        return inline(entry, prefixes, depth);
    }

    private Optional<String> inline(JsonNode map, Map<String, String> prefixes, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.of("its contexts nest deeper than " + MAX_DEPTH + " levels");
        }
        if (map.size() > MAX_TERMS) {
            return Optional.of("a context defines more than " + MAX_TERMS + " terms");
        }
        prefixes.putAll(TermDefinition.prefixes(map, prefixes));
        Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String term = field.getKey();
            JsonNode value = field.getValue();
            if (term.startsWith("@")) {
                if (!HARMLESS_KEYWORDS.contains(term)) {
                    return Optional.of("its context uses " + abbreviate(term));
                }
                continue;
            }
            if (term.contains(":") || term.contains("/")) {
                return Optional.of("its context defines the IRI-like term " + abbreviate(term));
            }
            Optional<String> problem = definitionProblem(term, value, prefixes, depth);
            if (problem.isPresent()) {
                return problem;
            }
            TermDefinition standard = activityStreamsTerms.get(term);
            if (standard != null && !standard.equals(TermDefinition.of(value, prefixes))) {
                return Optional.of("its context redefines the ActivityStreams term '" + term + "'");
            }
        }
        return Optional.empty();
    }

    private Optional<String> definitionProblem(String term, JsonNode value, Map<String, String> prefixes, int depth) {
        JsonNode id = value.isObject() ? value.get("@id") : value;
        if (id != null && id.isTextual() && id.textValue().startsWith("@")
                && !(term.equals("id") && id.textValue().equals("@id"))
                && !(term.equals("type") && id.textValue().equals("@type"))) {
            return Optional.of("its context makes '" + abbreviate(term) + "' an alias of " + abbreviate(id.textValue()));
        }
        if (!value.isObject()) {
            return Optional.empty();
        }
        Iterator<String> keys = value.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.startsWith("@") && !DEFINITION_KEYS.contains(key)) {
                return Optional.of("its definition of '" + abbreviate(term) + "' uses " + abbreviate(key));
            }
        }
        JsonNode scoped = value.get("@context");
        if (scoped == null) {
            return Optional.empty();
        }
        List<JsonNode> entries = entries(scoped);
        if (entries == null || entries.size() > MAX_ENTRIES) {
            return Optional.of("the scoped context of '" + abbreviate(term) + "' is neither a URL, a map nor an array");
        }
        for (JsonNode entry : entries) {
            Optional<String> problem = entry(entry, new HashMap<>(prefixes), depth + 1);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** A bundled context is safe when it keeps every ActivityStreams term; worked out once per URL. */
    private Optional<String> bundledVerdict(String url) {
        Optional<String> known = bundledVerdicts.get(url);
        if (known != null) {
            return known;
        }
        Optional<String> verdict = bundled.document(url)
                .flatMap(document -> document.getJsonContent())
                .map(JakartaJson::toJackson)
                .map(json -> json.get("@context"))
                .map(context -> {
                    List<JsonNode> entries = entries(context);
                    if (entries == null) {
                        return Optional.of("the bundled context " + url + " is malformed");
                    }
                    Map<String, String> prefixes = new HashMap<>(activityStreamsPrefixes);
                    for (JsonNode entry : entries) {
                        if (entry.isTextual() && entry.textValue().equals(url)) {
                            return Optional.of("the bundled context " + url + " names itself");
                        }
                        Optional<String> problem = entry(entry, prefixes, 1);
                        if (problem.isPresent()) {
                            return Optional.of("the context " + url + " redefines ActivityStreams terms");
                        }
                    }
                    return Optional.<String>empty();
                })
                .orElse(Optional.of("the bundled context " + url + " is empty"));
        bundledVerdicts.put(url, verdict);
        return verdict;
    }

    private static List<JsonNode> entries(JsonNode context) {
        if (context.isTextual() || context.isObject() || context.isNull()) {
            return List.of(context);
        }
        if (!context.isArray()) {
            return null;
        }
        java.util.ArrayList<JsonNode> entries = new java.util.ArrayList<>();
        context.forEach(entries::add);
        return entries;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
