package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SenderKeysTest {

    @TempDir
    Path tempDir;

    @Test
    void both_schemes_sign_with_the_rsa_main_key_that_the_actor_publishes() throws Exception {
        try (Database db = new TestDatabases.H2().open(tempDir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
            Clock clock = Clock.systemUTC();
            Account alice = new FellowService(accounts, uris, new Ids(clock), clock)
                    .create(new FellowService.NewFellow("alice", null, null, null, false));
            StoredKey published = accounts.keysOf(alice.id()).stream()
                    .filter(k -> k.keyId().equals(uris.mainKey("alice"))).findFirst().orElseThrow();
            SenderKeys keys = new SenderKeys(accounts);

            for (SignatureScheme scheme : SignatureScheme.values()) {
                SigningKey key = keys.keyFor(alice.id(), scheme).orElseThrow();
                assertEquals(uris.mainKey("alice"), key.keyId(), scheme.name());
                assertTrue(verifies(key, KeyMaterial.publicKeyFromPem(published.publicKey())), scheme.name());
            }
        }
    }

    @Test
    void an_account_without_a_private_rsa_key_has_nothing_to_sign_with() {
        try (Database db = new TestDatabases.H2().open(tempDir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            Account remote = Accounts.remote(new Ids(Clock.systemUTC()).next(), "zed", "far.example");
            accounts.insertRemote(remote);
            assertTrue(new SenderKeys(accounts).keyFor(remote.id(), SignatureScheme.CAVAGE).isEmpty());
        }
    }

    private static boolean verifies(SigningKey key, PublicKey publicKey) throws Exception {
        byte[] message = "(request-target): post /inbox".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key.privateKey());
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(message);
        return verifier.verify(signature);
    }
}
