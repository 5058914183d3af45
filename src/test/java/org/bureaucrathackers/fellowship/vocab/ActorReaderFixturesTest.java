package org.bureaucrathackers.fellowship.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every actor document among the fixtures reads; every other fixture is refused with a reason. */
class ActorReaderFixturesTest {

    private static final ActorReader READER = new ActorReader();

    /** Actor fixtures that read in full: file, type, id, inbox, key ids (space-separated, may be empty). */
    private static final String[] ACTORS = {
        "friendica/organization.json | Organization | https://poliverso.org/profile/informapirata"
                + " | https://poliverso.org/inbox/informapirata | https://poliverso.org/profile/informapirata#main-key",
        "gotosocial/application-bot.json | Application | http://localhost:8080/users/the_mighty_zork"
                + " | http://localhost:8080/users/the_mighty_zork/inbox"
                + " | http://localhost:8080/users/the_mighty_zork/main-key",
        "gotosocial/person-moved.json | Person | http://localhost:8080/users/the_mighty_zork"
                + " | http://localhost:8080/users/the_mighty_zork/inbox"
                + " | http://localhost:8080/users/the_mighty_zork/main-key",
        "lemmy/group.json | Group | https://enterprise.lemmy.ml/c/tenforward"
                + " | https://enterprise.lemmy.ml/c/tenforward/inbox | https://enterprise.lemmy.ml/c/tenforward#main-key",
        "lemmy/person.json | Person | https://lemmy.ml/u/pfefferle | https://lemmy.ml/u/pfefferle/inbox"
                + " | https://lemmy.ml/u/pfefferle#main-key",
        "mastodon/actor-person-full-context.json | Person | https://masto.qa.urbanwildlife.biz/users/mastodon"
                + " | https://masto.qa.urbanwildlife.biz/users/mastodon/inbox"
                + " | https://masto.qa.urbanwildlife.biz/users/mastodon#main-key",
        "mastodon/actor-person-type-array.json | Person | https://ap.example.com/users/foo"
                + " | https://ap.example.com/users/foo/inbox | https://ap.example.com/users/foo#main-key",
        "mastodon/actor-person.json | Person | https://ap.example.com/users/foo"
                + " | https://ap.example.com/users/foo/inbox | https://ap.example.com/users/foo#main-key",
        "mastodon/actor-service.json | Service | https://mastodont.cat/users/fediverse"
                + " | https://mastodont.cat/users/fediverse/inbox | https://mastodont.cat/users/fediverse#main-key",
        "misskey/person.json | Person | https://misskey.io/users/83ssedkv53 | https://misskey.io/users/83ssedkv53/inbox"
                + " | https://misskey.io/users/83ssedkv53#main-key",
        "mitra/person-multikey.json | Person | https://wizard.casa/users/hongminhee"
                + " | https://wizard.casa/users/hongminhee/inbox | https://wizard.casa/users/hongminhee#main-key",
        "peertube/group-channel.json | Group | https://tilvids.com/video-channels/thelinuxexperiment_channel"
                + " | https://tilvids.com/video-channels/thelinuxexperiment_channel/inbox"
                + " | https://tilvids.com/video-channels/thelinuxexperiment_channel#main-key",
        "pleroma/person-litepub.json | Person | https://queer.hacktivis.me/users/lanodan"
                + " | https://queer.hacktivis.me/users/lanodan/inbox | https://queer.hacktivis.me/users/lanodan#main-key",
        "w3c/ap-person.json | Person | https://social.example/alyssa/ | https://social.example/alyssa/inbox/ | ",
        "wordpress/group-blog.json | Group | https://dbzer0.com/?author=0"
                + " | https://dbzer0.com/wp-json/activitypub/1.0/actors/0/inbox | https://dbzer0.com/?author=0#main-key",
        "wordpress/person.json | Person | https://notiz.blog/author/matthias-pfefferle/"
                + " | https://notiz.blog/wp-api/activitypub/1.0/users/1/inbox"
                + " | https://notiz.blog/author/matthias-pfefferle/#main-key",
    };

    /** Actor fixtures refused on purpose: Fedify's synthetic person has keys but no inbox. */
    private static final List<String> ACTORS_WITHOUT_INBOX = List.of("fedify/person-publickey-array.json");

    static List<String> actorRows() {
        return List.of(ACTORS);
    }

    static Set<String> actorFiles() {
        Set<String> files = new TreeSet<>(ACTORS_WITHOUT_INBOX);
        for (String row : ACTORS) {
            files.add(row.split("\\|")[0].strip());
        }
        return files;
    }

    static List<String> otherFixtures() {
        Set<String> actors = actorFiles();
        return Fixtures.all().stream().filter(f -> !actors.contains(f)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actorRows")
    void actor_fixture_reads_with_its_id_inbox_and_keys(String row) throws Exception {
        String[] cells = Arrays.stream(row.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        RemoteActor actor = READER.read(Fixtures.bytes(cells[0]));

        assertEquals(cells[1], actor.type());
        assertEquals(cells[2], actor.id());
        assertEquals(cells[3], actor.inbox());
        List<String> expectedKeys = cells[4].isEmpty() ? List.of() : List.of(cells[4].split(" "));
        assertEquals(expectedKeys, actor.publicKeys().stream().map(RemoteKey::id).toList());
        for (RemoteKey key : actor.publicKeys()) {
            assertTrue(key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"), key.id());
            assertEquals(actor.id(), key.owner());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherFixtures")
    void non_actor_fixture_is_refused_with_a_reason(String file) {
        RefusedDocumentException e = assertThrows(RefusedDocumentException.class,
                () -> READER.read(Fixtures.bytes(file)));
        assertTrue(e.reason().equals("missing type") || e.reason().startsWith("not an actor type: "), e.reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherFixtures")
    void non_actor_fixture_yields_no_keys_either(String file) {
        assertThrows(RefusedDocumentException.class, () -> READER.readKeys(Fixtures.tree(file)));
    }

    @Test
    void every_fixture_with_an_actor_type_is_in_the_actor_table() {
        Set<String> typed = Fixtures.all().stream()
                .filter(f -> hasActorType(Fixtures.tree(f).path("type")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(typed, actorFiles());
        assertFalse(otherFixtures().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"mastodon/update-person.json, not an actor type: Update",
                "mastodon/webfinger.json, missing type",
                "mobilizon/event.json, not an actor type: Event",
                "fedify/person-publickey-array.json, missing inbox"})
    void refusal_names_the_reason(String file, String reason) {
        RefusedDocumentException e = assertThrows(RefusedDocumentException.class,
                () -> READER.read(Fixtures.bytes(file)));
        assertEquals(reason, e.reason());
    }

    private static boolean hasActorType(com.fasterxml.jackson.databind.JsonNode type) {
        for (com.fasterxml.jackson.databind.JsonNode t : type.isArray() ? type : List.of(type)) {
            if (ActorReader.ACTOR_TYPES.contains(t.asText())) {
                return true;
            }
        }
        return false;
    }
}
