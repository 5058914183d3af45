package org.bureaucrathackers.fellowship.directory;

import java.util.List;
import org.bureaucrathackers.fellowship.post.Hashtags;

/** Hashtags in use on public and unlisted statuses whose names start with what was typed ({@code #} optional). */
public final class TagSearch {

    private final DirectoryStore directory;

    public TagSearch(DirectoryStore directory) {
        this.directory = directory;
    }

    public List<String> search(String query, int offset, int limit) {
        String name = Hashtags.normalize(query == null ? null : query.strip());
        return name == null ? List.of() : directory.tags(name, offset, limit);
    }
}
