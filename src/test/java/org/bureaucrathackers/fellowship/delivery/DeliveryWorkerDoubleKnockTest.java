package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.bureaucrathackers.fellowship.delivery.RecordingPeer.Reply;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S17: knock with the remembered scheme, on 400/401 knock once with the other and remember what worked. */
class DeliveryWorkerDoubleKnockTest {

    @TempDir
    Path tempDir;

    @Test
    void a_cavage_refusal_is_retried_at_once_with_rfc9421_which_is_then_remembered_for_the_origin() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer strict = RecordingPeer.start();
             RecordingPeer other = RecordingPeer.start()) {
            strict.answer(request -> Reply.status("RFC9421".equals(request.scheme()) ? 202 : 401));
            String inbox = strict.url("/inbox");
            String origin = "http://" + strict.host();
            rig.enqueue("first", inbox);
            DeliveryWorker worker = rig.worker();

            DeliveryJob first = rig.awaitState("first", inbox, DeliveryState.DONE);
            assertEquals(List.of("CAVAGE", "RFC9421"), schemes(strict));
            assertEquals(1, first.attempts(), "both knocks are one attempt");
            assertEquals(SignatureScheme.RFC9421, rig.schemeStore.find(origin).orElseThrow());

            worker.stop();
            rig.enqueue("second", inbox, other.url("/inbox"));
            rig.worker();
            rig.awaitState("second", inbox, DeliveryState.DONE);
            rig.awaitState("second", other.url("/inbox"), DeliveryState.DONE);
            assertEquals(List.of("CAVAGE", "RFC9421", "RFC9421"), schemes(strict),
                    "a new worker starts with the remembered scheme");
            assertEquals(List.of("CAVAGE"), schemes(other), "memory is per origin");
        }
    }

    @Test
    void a_remembered_rfc9421_that_is_refused_falls_back_to_cavage_and_cavage_is_remembered() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer peer = RecordingPeer.start()) {
            String origin = "http://" + peer.host();
            rig.schemeStore.remember(origin, SignatureScheme.RFC9421, rig.clock.instant());
            peer.answer(request -> Reply.status("CAVAGE".equals(request.scheme()) ? 202 : 400));
            String inbox = peer.url("/inbox");
            rig.enqueue("downgrade", inbox);
            rig.worker();

            rig.awaitState("downgrade", inbox, DeliveryState.DONE);
            assertEquals(List.of("RFC9421", "CAVAGE"), schemes(peer));
            assertEquals(SignatureScheme.CAVAGE, rig.schemeStore.find(origin).orElseThrow());
        }
    }

    @Test
    void when_both_schemes_are_refused_nothing_is_remembered_and_a_401_is_retried_later() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer peer = RecordingPeer.start()) {
            peer.answer(401);
            String inbox = peer.url("/inbox");
            rig.enqueue("refused", inbox);
            rig.worker();

            DeliveryJob waiting = rig.awaitRetryAfter("refused", inbox, 1);
            assertEquals(401, waiting.lastStatus());
            assertEquals(List.of("CAVAGE", "RFC9421"), schemes(peer));
            assertEquals(true, rig.schemeStore.find("http://" + peer.host()).isEmpty());
        }
    }

    private static List<String> schemes(RecordingPeer peer) {
        return peer.requests().stream().map(RecordingPeer.Received::scheme).toList();
    }
}
