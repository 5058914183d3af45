package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Clock;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key server-initiated GETs are signed with (A10, S6). */
class InstanceActorKeyTest {

    @TempDir
    Path tempDir;

    @Test
    void the_instance_actors_rsa_key_is_loaded_once_creating_the_actor_if_need_be() {
        try (Database db = new TestDatabases.H2().open(tempDir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
            Clock clock = Clock.systemUTC();
            InstanceActorKey key = new InstanceActorKey(new FellowService(accounts, uris, new Ids(clock), clock),
                    accounts);

            SigningKey first = key.get();

            assertEquals("https://ministry.example/actor#main-key", first.keyId());
            assertEquals("RSA", first.privateKey().getAlgorithm());
            assertSame(first, key.get());
        }
    }
}
