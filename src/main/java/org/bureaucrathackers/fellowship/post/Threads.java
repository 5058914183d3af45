package org.bureaucrathackers.fellowship.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;

/**
 * The thread around a status as a viewer may see it: the posts it replies to, oldest first, and the
 * replies below it in reading order (each reply followed by its own replies). Both are bounded, as
 * Mastodon's are, and a status the viewer may not see is left out.
 */
public final class Threads {

    public static final int MAX_ANCESTORS = 40;
    public static final int MAX_DESCENDANTS = 100;
    public static final int MAX_DEPTH = 20;

    private final StatusStore statuses;
    private final TimelineStore timelines;

    public Threads(StatusStore statuses, TimelineStore timelines) {
        this.statuses = statuses;
        this.timelines = timelines;
    }

    /** Ancestors oldest first and descendants in reading order. */
    public record Context(List<Status> ancestors, List<Status> descendants) {
    }

    /** @param viewer the fellow asking, or empty for an anonymous request */
    public Context of(Status status, Optional<Account> viewer) {
        Long viewerId = viewer.map(Account::id).orElse(null);
        List<Status> ancestors = ancestors(status);
        List<Status> descendants = descendants(status);
        List<Long> ids = new ArrayList<>();
        ancestors.forEach(s -> ids.add(s.id()));
        descendants.forEach(s -> ids.add(s.id()));
        Set<Long> visible = ids.isEmpty() ? Set.of() : statuses.visibleAmong(viewerId, ids);
        return new Context(ancestors.stream().filter(s -> visible.contains(s.id())).toList(),
                descendants.stream().filter(s -> visible.contains(s.id())).toList());
    }

    /** Walks up the thread, one parent at a time, and stops at a loop or a parent not stored here. */
    private List<Status> ancestors(Status status) {
        List<Status> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(status.id());
        Long parentId = status.inReplyToId();
        while (parentId != null && chain.size() < MAX_ANCESTORS && seen.add(parentId)) {
            Optional<Status> parent = statuses.findById(parentId);
            if (parent.isEmpty()) {
                break;
            }
            chain.add(parent.get());
            parentId = parent.get().inReplyToId();
        }
        Collections.reverse(chain);
        return chain;
    }

    /** One query per level of replies, then arranged depth first with older replies before newer ones. */
    private List<Status> descendants(Status root) {
        Map<Long, List<Status>> children = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        seen.add(root.id());
        List<Long> level = List.of(root.id());
        int found = 0;
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty() && found < MAX_DESCENDANTS; depth++) {
            List<Long> next = new ArrayList<>();
            for (Status reply : timelines.repliesTo(level, MAX_DESCENDANTS - found)) {
                if (seen.add(reply.id())) {
                    children.computeIfAbsent(reply.inReplyToId(), k -> new ArrayList<>()).add(reply);
                    next.add(reply.id());
                    found++;
                }
            }
            level = next;
        }
        List<Status> ordered = new ArrayList<>(found);
        appendReplies(root.id(), children, ordered);
        return ordered;
    }

    private static void appendReplies(long parentId, Map<Long, List<Status>> children, List<Status> into) {
        // Explicit stack: a deep thread must not exhaust the call stack.
        List<Status> stack = new ArrayList<>(children.getOrDefault(parentId, List.of()));
        Collections.reverse(stack);
        while (!stack.isEmpty()) {
            Status next = stack.remove(stack.size() - 1);
            into.add(next);
            List<Status> below = new ArrayList<>(children.getOrDefault(next.id(), List.of()));
            Collections.reverse(below);
            stack.addAll(below);
        }
    }
}
