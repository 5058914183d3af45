package org.bureaucrathackers.fellowship.web.explore;

/** Reads the {@code page} parameter of the paged lists: a number from 1 to the list's last allowed page. */
final class PageNumbers {

    private PageNumbers() {
    }

    /** Anything that is not a page number in range reads as the nearest one, never an error. */
    static int read(String raw, int maxPage) {
        if (raw == null || raw.isBlank() || raw.length() > 6) {
            return raw != null && raw.strip().matches("\\d{7,}") ? maxPage : 1;
        }
        try {
            return Math.max(1, Math.min(maxPage, Integer.parseInt(raw.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
