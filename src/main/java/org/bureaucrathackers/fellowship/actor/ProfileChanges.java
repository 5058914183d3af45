package org.bureaucrathackers.fellowship.actor;

import java.util.List;

/**
 * What a fellow changes on their profile; a null part stays as it is. {@code fields} replaces every profile
 * field (an empty list removes them all). {@code discoverable} lists the fellow in directories;
 * {@code indexable} lets search engines index their posts; {@code hideCollections} hides their followers and
 * following lists from others.
 */
public record ProfileChanges(String displayName, String bioMarkdown, List<Field> fields,
                             Boolean manuallyApprovesFollowers, Boolean discoverable, Boolean indexable,
                             Boolean hideCollections, ProfileImage avatar, ProfileImage header) {

    public ProfileChanges {
        fields = fields == null ? null : List.copyOf(fields);
    }

    /** Changes without new images. */
    public ProfileChanges(String displayName, String bioMarkdown, List<Field> fields,
                          Boolean manuallyApprovesFollowers, Boolean discoverable, Boolean indexable,
                          Boolean hideCollections) {
        this(displayName, bioMarkdown, fields, manuallyApprovesFollowers, discoverable, indexable, hideCollections,
                null, null);
    }

    /** Changes to the name, bio, fields and follower approval only. */
    public ProfileChanges(String displayName, String bioMarkdown, List<Field> fields,
                          Boolean manuallyApprovesFollowers) {
        this(displayName, bioMarkdown, fields, manuallyApprovesFollowers, null, null, null);
    }

    /** A profile field as typed: plain text, a URL value becomes a link. */
    public record Field(String name, String value) {
    }

    public boolean isEmpty() {
        return displayName == null && bioMarkdown == null && fields == null && manuallyApprovesFollowers == null
                && discoverable == null && indexable == null && hideCollections == null && avatar == null
                && header == null;
    }
}
