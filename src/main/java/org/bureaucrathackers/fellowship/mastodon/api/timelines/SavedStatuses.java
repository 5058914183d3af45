package org.bureaucrathackers.fellowship.mastodon.api.timelines;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;

/**
 * Statuses a fellow kept (favourites, bookmarks) in the order kept, loaded in one query and shown only
 * while the fellow may still see them (an unfollow can end access to a followers-only post). The Link
 * header follows the kept rows, so a page thinned by this filter still leads on to older ones.
 */
public final class SavedStatuses {

    private final StatusStore statuses;
    private final StatusEntities entities;

    public SavedStatuses(StatusStore statuses, StatusEntities entities) {
        this.statuses = statuses;
        this.entities = entities;
    }

    ArrayNode entities(List<Long> statusIds, Account fellow) {
        if (statusIds.isEmpty()) {
            return entities.statuses(List.of(), fellow);
        }
        Set<Long> visible = statuses.visibleAmong(fellow.id(), statusIds);
        Map<Long, Status> byId = statuses.findByIds(statusIds).stream()
                .collect(Collectors.toMap(Status::id, Function.identity()));
        List<Status> ordered = statusIds.stream().filter(visible::contains).map(byId::get)
                .filter(Objects::nonNull).toList();
        return entities.statuses(ordered, fellow);
    }
}
