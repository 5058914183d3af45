package org.bureaucrathackers.fellowship.actor;

import java.util.List;

/**
 * What a fellow changes on their profile; a null part stays as it is. {@code fields} replaces every profile
 * field (an empty list removes them all).
 */
public record ProfileChanges(String displayName, String bioMarkdown, List<Field> fields,
                             Boolean manuallyApprovesFollowers) {

    public ProfileChanges {
        fields = fields == null ? null : List.copyOf(fields);
    }

    /** A profile field as typed: plain text, a URL value becomes a link. */
    public record Field(String name, String value) {
    }

    public boolean isEmpty() {
        return displayName == null && bioMarkdown == null && fields == null && manuallyApprovesFollowers == null;
    }
}
