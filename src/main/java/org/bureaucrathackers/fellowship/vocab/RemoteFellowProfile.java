package org.bureaucrathackers.fellowship.vocab;

import java.util.List;

/**
 * The {@code fellowship:} extension properties of a remote actor, as received (cut at generous bounds, not yet
 * checked against the vocabularies): each null when absent, themes empty.
 */
public record RemoteFellowProfile(String organisation, String organisationType, String role, String country,
                                  String governmentLevel, String sector, List<String> themes, String aims) {

    public static final RemoteFellowProfile NONE = new RemoteFellowProfile(null, null, null, null, null, null,
            List.of(), null);

    public RemoteFellowProfile {
        themes = List.copyOf(themes);
    }
}
