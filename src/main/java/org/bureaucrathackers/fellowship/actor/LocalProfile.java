package org.bureaucrathackers.fellowship.actor;

import java.util.List;

/** Everything a fellow can edit on their profile, as stored: the bio both as sanitised HTML and as typed. */
public record LocalProfile(String displayName, String summaryHtml, String bioSource,
                           boolean manuallyApprovesFollowers, boolean discoverable,
                           boolean indexable, boolean hideCollections, List<ProfileField> fields) {

    public LocalProfile {
        fields = List.copyOf(fields);
    }
}
