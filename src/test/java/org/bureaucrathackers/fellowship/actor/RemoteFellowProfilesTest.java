package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bureaucrathackers.fellowship.vocab.ActorReader;
import org.bureaucrathackers.fellowship.vocab.PropertyValue;
import org.bureaucrathackers.fellowship.vocab.RemoteActor;
import org.junit.jupiter.api.Test;

/** Remote structured profiles: read in either JSON-LD spelling, each value checked alone, rows not kept twice. */
class RemoteFellowProfilesTest {

    private static RemoteActor actor(String properties) throws Exception {
        return new ActorReader().read("{\"@context\":\"https://www.w3.org/ns/activitystreams\","
                + "\"id\":\"https://gov.example/users/ola\",\"type\":\"Person\",\"preferredUsername\":\"ola\","
                + "\"inbox\":\"https://gov.example/users/ola/inbox\"," + properties + "}");
    }

    @Test
    void prefixed_and_full_iri_properties_are_read_and_bad_values_dropped_one_by_one() throws Exception {
        RemoteActor actor = actor("\"fellowship:organisation\":\"Tax Office\","
                + "\"https://w3id.org/fellowship/ns#role\":\"Auditor\","
                + "\"fellowship:country\":\"pl\",\"fellowship:organisationType\":\"ministry\","
                + "\"fellowship:governmentLevel\":\"regional\",\"fellowship:sector\":\"Tax Policy\","
                + "\"fellowship:themes\":[\"Tax\",\"bad tag\",42,\"#audit\",\"tax\"],"
                + "\"fellowship:aims\":{\"@value\":\"Simpler returns\"}");
        FellowProfile profile = RemoteFellowProfiles.of(actor.fellowProfile());
        assertEquals(new FellowProfile("Tax Office", null, "Auditor", "PL", GovernmentLevel.REGIONAL, null,
                List.of("tax", "audit"), "Simpler returns"), profile);
    }

    @Test
    void an_actor_without_the_properties_has_an_empty_profile_and_keeps_every_field() throws Exception {
        RemoteActor actor = actor("\"attachment\":[{\"type\":\"PropertyValue\",\"name\":\"Role\",\"value\":\"x\"}]");
        FellowProfile profile = RemoteFellowProfiles.of(actor.fellowProfile());
        assertEquals(FellowProfile.EMPTY, profile);
        assertEquals(actor.fields(), RemoteFellowProfiles.ownFields(actor.fields(), profile));
    }

    @Test
    void only_rows_made_from_the_profile_are_left_out_of_the_fields() {
        FellowProfile profile = new FellowProfile("Tax Office", null, "Auditor", "PL", null, null, List.of("tax"),
                null);
        List<PropertyValue> fields = List.of(new PropertyValue("Desk", "Room 1"),
                new PropertyValue("Role", "Chief auditor"),
                new PropertyValue("Organisation", "Tax Office"),
                new PropertyValue("Country", "Poland (PL)"),
                new PropertyValue("Themes", "#tax"));
        assertEquals(List.of(new PropertyValue("Desk", "Room 1"), new PropertyValue("Role", "Chief auditor")),
                RemoteFellowProfiles.ownFields(fields, profile));
    }
}
