package org.bureaucrathackers.fellowship.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException.Reason;

/**
 * Limits on a JSON document: its size as text, how deeply it nests and how many values it holds.
 *
 * @param maxBytes largest UTF-8 text accepted
 * @param maxDepth deepest nesting of objects and arrays (the top-level object is depth 1)
 * @param maxNodes most values (objects, arrays, strings, numbers …) in the whole tree
 */
public record JsonBounds(int maxBytes, int maxDepth, int maxNodes) {

    public static final int ONE_MIB = 1 << 20;

    /** What any remote ActivityPub document may be. */
    public static final JsonBounds REMOTE = new JsonBounds(ONE_MIB, 64, 10_000);

    public JsonBounds {
        if (maxBytes < 1 || maxDepth < 1 || maxNodes < 1) {
            throw new IllegalArgumentException("bounds must be positive");
        }
    }

    /** Refuses a tree deeper or larger than these bounds; walks it without recursion. */
    public void check(JsonNode root) throws JsonLdException {
        if (root == null) {
            throw new JsonLdException(Reason.NOT_JSON, "no JSON document");
        }
        Deque<Frame> stack = new ArrayDeque<>();
        int nodes = 1;
        if (root.isContainerNode()) {
            requireDepth(1);
            stack.push(new Frame(root.elements(), 1));
        }
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (!top.children.hasNext()) {
                stack.pop();
                continue;
            }
            JsonNode child = top.children.next();
            if (++nodes > maxNodes) {
                throw new JsonLdException(Reason.TOO_MANY_NODES,
                        "document has more than " + maxNodes + " values");
            }
            if (child.isContainerNode()) {
                requireDepth(top.depth + 1);
                stack.push(new Frame(child.elements(), top.depth + 1));
            }
        }
    }

    private void requireDepth(int depth) throws JsonLdException {
        if (depth > maxDepth) {
            throw new JsonLdException(Reason.TOO_DEEP, "document nests deeper than " + maxDepth + " levels");
        }
    }

    private record Frame(Iterator<JsonNode> children, int depth) {
    }
}
