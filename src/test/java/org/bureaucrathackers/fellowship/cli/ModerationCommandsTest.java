package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.moderation.DomainBlocks;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code domain block|unblock|list}, {@code suspend} and {@code unsuspend}, run against the data folder of a
 * running instance, which applies what they change to the next requests it gets (X17).
 */
class ModerationCommandsTest {

    static TestPeer peer;
    static TestInstance server;
    static PeerActor bob;

    @TempDir
    Path work;

    @BeforeAll
    static void start() {
        peer = TestPeer.start();
        server = TestInstance.start(peer.resolverOrSystem());
        server.createFellow("alice");
        bob = PeerActor.serve(peer, "127.0.0.1", "bob");
        peer.serveDocument("127.0.0.1", "/.well-known/webfinger?resource=acct%3Abob%40127.0.0.1%3A" + peer.port(),
                "application/jrd+json", "{\"subject\":\"acct:bob@127.0.0.1:" + peer.port() + "\",\"links\":"
                        + "[{\"rel\":\"self\",\"type\":\"application/activity+json\",\"href\":\"" + bob.uri() + "\"}]}");
    }

    @AfterAll
    static void stop() {
        server.close();
        peer.close();
    }

    private static HttpResponse<String> followFrom(PeerActor actor) {
        return SignedInbox.post(server, "/inbox", actor.signingKey(),
                Json.write(actor.activity("Follow", server.uris().actor("alice"))));
    }

    @Test
    void a_domain_blocked_from_the_command_line_is_refused_by_the_running_server() {
        PeerActor spammer = PeerActor.serve(peer, "relay.spam.example", "spammer");
        CommandRun block = run("domain", "block", "Spam.Example", "--reason", "floods of adverts");
        assertEquals(0, block.status(), block.toString());
        assertEquals("blocked spam.example and its subdomains", block.out().strip());

        CommandRun list = run("domain", "list");
        assertEquals(0, list.status(), list.toString());
        assertTrue(list.out().startsWith("spam.example\tsuspend\t"), list.out());
        assertTrue(list.out().strip().endsWith("floods of adverts"), list.out());
        Await.until("the server refuses the blocked domain", () -> followFrom(spammer).statusCode() == 403,
                DomainBlocks.REFRESH.multipliedBy(4));

        CommandRun unblock = run("domain", "unblock", "spam.example");
        assertEquals(0, unblock.status(), unblock.toString());
        assertEquals("unblocked spam.example", unblock.out().strip());
        assertEquals("spam.example was not blocked", run("domain", "unblock", "spam.example").out().strip());
        assertEquals("No domains are blocked.", run("domain", "list").out().strip());
    }

    @Test
    void a_bad_domain_or_this_instance_fails_with_one_line() {
        CommandRun url = run("domain", "block", "https://spam.example/");
        assertTrue(url.failedWithOneLine(), url.toString());
        assertTrue(url.err().contains("not a URL"), url.err());

        CommandRun self = run("domain", "block", "localhost");
        assertTrue(self.failedWithOneLine(), self.toString());
        assertTrue(self.err().contains("this instance itself"), self.err());

        assertEquals(FellowshipCommand.USAGE, run("domain").status());
        assertEquals(FellowshipCommand.USAGE, run("domain", "block").status());
    }

    @Test
    void suspend_by_handle_limits_what_the_server_accepts_and_unsuspend_by_url_lifts_it() {
        CommandRun suspend = run("suspend", "bob@127.0.0.1:" + peer.port());
        assertEquals(0, suspend.status(), suspend.toString());
        assertEquals("suspended @bob@127.0.0.1:" + peer.port() + " (" + bob.uri() + ")", suspend.out().strip());
        assertTrue(run("suspend", bob.uri()).out().startsWith("already suspended: "));

        HttpResponse<String> refused = followFrom(bob);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("suspended"), refused.body());

        CommandRun unsuspend = run("unsuspend", bob.uri());
        assertEquals(0, unsuspend.status(), unsuspend.toString());
        assertTrue(unsuspend.out().startsWith("unsuspended @bob@127.0.0.1:"), unsuspend.out());
        assertEquals(202, followFrom(bob).statusCode());
        assertTrue(run("unsuspend", bob.uri()).out().startsWith("was not suspended: "));
    }

    @Test
    void fellows_and_strangers_cannot_be_suspended_or_unsuspended() {
        CommandRun fellow = run("suspend", server.uris().actor("alice"));
        assertTrue(fellow.failedWithOneLine(), fellow.toString());
        assertTrue(fellow.err().contains("fellow of this instance"), fellow.err());

        CommandRun stranger = run("unsuspend", "nobody@nowhere.example");
        assertTrue(stranger.failedWithOneLine(), stranger.toString());
        assertTrue(stranger.err().contains("no actor nobody@nowhere.example is known here"), stranger.err());

        CommandRun notHandle = run("suspend", "not a handle");
        assertTrue(notHandle.failedWithOneLine(), notHandle.toString());
    }

    @Test
    void every_moderation_command_has_help() {
        for (List<String> command : List.of(List.of("domain"), List.of("domain", "block"),
                List.of("domain", "unblock"), List.of("domain", "list"), List.of("suspend"), List.of("unsuspend"))) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            CommandRun run = CommandRun.run(work, Map.of(), args.toArray(String[]::new));
            assertEquals(0, run.status(), command.toString());
            assertTrue(run.out().contains("Usage: fellowship " + String.join(" ", command)), run.out());
        }
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data", server.dataDir().toString(), "--public-url", server.base(),
                "--allow-private-network"));
        return CommandRun.run(work, Map.of(), all.toArray(String[]::new));
    }
}
