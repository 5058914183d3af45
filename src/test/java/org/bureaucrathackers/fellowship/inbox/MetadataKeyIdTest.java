package org.bureaucrathackers.fellowship.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.testing.SigningPeer;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A keyId on a link-local or cloud metadata address is refused with 401 and a reason, by the address guard that
 * runs before a socket is opened, on an instance that allows the private network (as test instances do). Were a
 * connection tried, the answer would be a network failure and 503.
 */
@Timeout(60)
class MetadataKeyIdTest {

    static TestPeer names;
    static TestInstance instance;
    static String inbox;

    @BeforeAll
    static void start() {
        names = TestPeer.start();
        names.resolve("metadata.test", "169.254.169.254");
        names.resolve("aws6.test", "fd00:ec2::254");
        instance = TestInstance.start(names.resolverOrSystem());
        instance.createFellow("bob");
        inbox = instance.url("/users/bob/inbox");
    }

    @AfterAll
    static void stop() {
        instance.close();
        names.close();
    }

    private static HttpResponse<String> signedFollowFrom(String actor) {
        SigningKey key = new SigningKey(actor + "#main-key", KeyMaterial.generateRsa().getPrivate());
        String follow = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + actor + "#follow\","
                + "\"type\":\"Follow\",\"actor\":\"" + actor + "\",\"object\":\"" + instance.url("/users/bob")
                + "\"}";
        return instance.send(SigningPeer.signedPost(inbox, follow, key, Instant.now()));
    }

    private static void assertRefusedByTheGuard(HttpResponse<String> response, String address) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.body().contains(address + " is a "), response.body());
        assertTrue(response.body().contains("never reached"), response.body());
    }

    @Test
    void a_key_id_whose_host_resolves_to_the_cloud_metadata_address_is_refused_with_401() {
        assertRefusedByTheGuard(signedFollowFrom("http://metadata.test/latest/meta-data/iam"), "169.254.169.254");
    }

    @Test
    void a_key_id_on_a_literal_link_local_address_is_refused_with_401() {
        assertRefusedByTheGuard(signedFollowFrom("http://169.254.169.254/latest/meta-data/iam"), "169.254.169.254");
        assertRefusedByTheGuard(signedFollowFrom("http://[fe80::1]/users/alice"), "fe80:0:0:0:0:0:0:1");
    }

    @Test
    void a_key_id_on_the_ipv6_metadata_address_is_refused_with_401() {
        assertRefusedByTheGuard(signedFollowFrom("http://aws6.test/latest/meta-data/iam"), "fd00:ec2:0:0:0:0:0:254");
    }
}
