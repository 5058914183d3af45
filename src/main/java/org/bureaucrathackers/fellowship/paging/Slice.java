package org.bureaucrathackers.fellowship.paging;

import java.util.List;

/** The items of one page, newest first, and whether older or newer items exist beyond it. */
public record Slice<T>(List<T> items, boolean hasOlder, boolean hasNewer) {

    public Slice {
        items = List.copyOf(items);
    }

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), false, false);
    }
}
