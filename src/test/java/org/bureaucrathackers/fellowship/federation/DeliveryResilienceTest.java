package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.remote;
import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.DeliveryJobs;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deliveries survive a peer that is down and a restart of the sender: retried, delivered once, never lost. */
class DeliveryResilienceTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private TestInstance b = network.start();
    private final Account alice = a.createFellow("alice");

    @AfterEach
    void close() {
        network.close();
    }

    /** bob (on b) follows alice, so alice's posts go to b. */
    private void bobFollowsAlice() {
        Account bob = b.createFellow("bob");
        Account aliceOnB = remote(b, a, "alice");
        b.follows().follow(bob, aliceOnB);
        network.until("alice accepts bob", () -> b.follows().isFollowing(bob, aliceOnB));
    }

    /** Posts while b is down and waits until the delivery has failed once. */
    private Status postWhileBIsDown() {
        b.stop();
        Status post = a.posts().post(alice, NewPost.publicText("Are you there?"));
        network.until("the first attempt fails", () -> {
            List<String> jobs = DeliveryJobs.of(a, post.uri());
            return jobs.size() == 1 && jobs.get(0).startsWith("pending 1 ");
        });
        return post;
    }

    @Test
    void a_delivery_to_a_peer_that_is_down_is_retried_and_arrives_when_it_is_back() {
        bobFollowsAlice();
        Status post = postWhileBIsDown();

        b = network.restart(b);
        DeliveryJobs.makeDueNow(a);

        network.until("b gets the post", () -> status(b, post.uri()).isPresent());
        network.until("the job is done", () -> DeliveryJobs.of(a, post.uri()).get(0).startsWith("done 2 "));
    }

    @Test
    void jobs_pending_at_a_restart_are_sent_once_after_it() {
        bobFollowsAlice();
        Status post = postWhileBIsDown();
        TestInstance aAgain = network.restart(a);
        b = network.restart(b);

        DeliveryJobs.makeDueNow(aAgain);

        network.until("b gets the post", () -> status(b, post.uri()).isPresent());
        network.until("the one job is done", () -> DeliveryJobs.of(aAgain, post.uri()).equals(
                List.of("done 2 " + b.uris().sharedInbox())));
        network.pump();
        assertEquals(List.of("done 2 " + b.uris().sharedInbox()), DeliveryJobs.of(aAgain, post.uri()));
        assertTrue(status(b, post.uri()).isPresent());
    }
}
