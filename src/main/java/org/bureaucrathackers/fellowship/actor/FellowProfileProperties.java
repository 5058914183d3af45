package org.bureaucrathackers.fellowship.actor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The structured profile as extension properties of the actor document, in the {@code fellowship:} namespace
 * that {@link ActorDocuments#context()} declares. Empty parts are left out, so a cleared part is absent.
 */
final class FellowProfileProperties {

    private FellowProfileProperties() {
    }

    static void put(ObjectNode doc, FellowProfile profile) {
        put(doc, "fellowship:organisation", profile.organisation());
        put(doc, "fellowship:organisationType",
                profile.organisationType() == null ? null : profile.organisationType().word());
        put(doc, "fellowship:role", profile.role());
        put(doc, "fellowship:country", profile.country());
        put(doc, "fellowship:governmentLevel",
                profile.governmentLevel() == null ? null : profile.governmentLevel().word());
        put(doc, "fellowship:sector", profile.sector());
        if (!profile.themes().isEmpty()) {
            ArrayNode themes = doc.putArray("fellowship:themes");
            profile.themes().forEach(themes::add);
        }
        put(doc, "fellowship:aims", profile.aims());
    }

    private static void put(ObjectNode doc, String property, String value) {
        if (value != null) {
            doc.put(property, value);
        }
    }
}
