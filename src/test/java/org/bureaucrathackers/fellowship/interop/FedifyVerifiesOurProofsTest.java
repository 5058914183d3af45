package org.bureaucrathackers.fellowship.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Fedify verifier (its {@code verifyObject}, fetching our keys as a Fedify server does) checks the proofs
 * on what we serve and deliver, with the peer's Node 22 and packages ({@code npm ci --prefix src/test/fedify-peer});
 * without them each test is reported skipped, which CI refuses.
 */
class FedifyVerifiesOurProofsTest {

    static TestPeer peer;
    static TestInstance instance;
    static Account alice;
    static Status post;

    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(FedifyPeer.installed(), "the Fedify peer is not installed: npm ci --prefix "
                + FedifyPeer.DIR);
        peer = TestPeer.start();
        instance = TestInstance.start(peer.resolverOrSystem());
        alice = instance.createFellow("alice");
        post = instance.posts().post(alice, NewPost.publicText("Checked by Fedify: form 27B/6."));
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    /** Runs the Fedify script on {@code sources}; returns its exit code and output. */
    private static Result fedify(String... sources) throws IOException, InterruptedException {
        Path dir = FedifyPeer.DIR.toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(FedifyPeer.NODE.toAbsolutePath().toString(),
                dir.resolve("verify-proofs.mjs").toString()));
        command.addAll(List.of(sources));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the Fedify check did not finish in 2 minutes");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }

    private static String file(String name, JsonNode document) throws IOException {
        Path path = files.resolve(name);
        Files.writeString(path, Json.write(document));
        return path.toString();
    }

    @Test
    void fedify_verifies_the_proofs_on_our_served_note_and_create() throws Exception {
        Result result = fedify(instance.url(post.uri()), instance.url(post.uri() + "/activity"));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("verified Note"), result.output());
        assertTrue(result.output().contains("verified Create"), result.output());
    }

    @Test
    void fedify_verifies_the_proof_on_a_follow_we_deliver_and_refuses_a_changed_copy() throws Exception {
        PeerActor zed = PeerActor.serve(peer, "social.example", "zed");
        instance.follows().follow(alice, instance.remoteActors().resolve(zed.uri()));
        Await.until("zed receives the Follow", () -> !zed.received("Follow").isEmpty());
        JsonNode follow = zed.received("Follow").get(0);

        Result delivered = fedify(file("follow.json", follow));
        assertEquals(0, delivered.exitCode(), delivered.output());
        assertTrue(delivered.output().contains("verified Follow"), delivered.output());

        ObjectNode changed = follow.deepCopy();
        changed.put("object", zed.uri() + "x");
        Result forged = fedify(file("changed.json", changed));
        assertEquals(1, forged.exitCode(), forged.output());
        assertTrue(forged.output().contains("refused Follow"), forged.output());
    }
}
