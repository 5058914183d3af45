package org.bureaucrathackers.fellowship.actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * OrderedCollection and OrderedCollectionPage documents (CO1, CO2) with id-cursor links:
 * {@code next} goes to older items ({@code max_id}), {@code prev} to newer ones ({@code min_id}).
 */
public final class OrderedCollections {

    private OrderedCollections() {
    }

    /** The top level of a paged collection: its size and the link to its first page. */
    public static ObjectNode collection(JsonNode context, String id, long totalItems, boolean withLast) {
        ObjectNode doc = Json.object();
        doc.set("@context", context);
        doc.put("id", id);
        doc.put("type", "OrderedCollection");
        doc.put("totalItems", totalItems);
        doc.put("first", firstPage(id));
        if (withLast) {
            doc.put("last", id + "?page=true&min_id=0");
        }
        return doc;
    }

    /** A collection small enough to embed all its items (featured posts). */
    public static ObjectNode whole(JsonNode context, String id, List<? extends JsonNode> items) {
        ObjectNode doc = Json.object();
        doc.set("@context", context);
        doc.put("id", id);
        doc.put("type", "OrderedCollection");
        doc.put("totalItems", items.size());
        doc.putArray("orderedItems").addAll(items);
        return doc;
    }

    /**
     * One page of the collection {@code collectionId}.
     *
     * @param cursor the id each item is paged by
     */
    public static <T> ObjectNode page(JsonNode context, String collectionId, PageRequest request, Slice<T> slice,
                                      ToLongFunction<T> cursor, Function<T, JsonNode> render) {
        ObjectNode doc = Json.object();
        doc.set("@context", context);
        doc.put("id", pageId(collectionId, request));
        doc.put("type", "OrderedCollectionPage");
        doc.put("partOf", collectionId);
        List<T> items = slice.items();
        if (slice.hasOlder() && !items.isEmpty()) {
            doc.put("next", firstPage(collectionId) + "&max_id=" + cursor.applyAsLong(items.get(items.size() - 1)));
        }
        if (slice.hasNewer() && !items.isEmpty()) {
            doc.put("prev", firstPage(collectionId) + "&min_id=" + cursor.applyAsLong(items.get(0)));
        }
        ArrayNode ordered = doc.putArray("orderedItems");
        for (T item : items) {
            ordered.add(render.apply(item));
        }
        return doc;
    }

    private static String firstPage(String collectionId) {
        return collectionId + "?page=true";
    }

    private static String pageId(String collectionId, PageRequest request) {
        if (request.maxId() != null) {
            return firstPage(collectionId) + "&max_id=" + request.maxId();
        }
        if (request.minId() != null) {
            return firstPage(collectionId) + "&min_id=" + request.minId();
        }
        return firstPage(collectionId);
    }
}
