package org.bureaucrathackers.fellowship.bench;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.TestInstance;

/**
 * Signed deliveries to an instance's shared inbox: public Creates of Notes that mention one of its fellows (so
 * the worker keeps each post and notifies the fellow, not drops it as unrelated), from the actors in turn.
 * Signed ahead, so the timed part measures the server, not the client's RSA signing.
 */
final class NoteDeliveries {

    private NoteDeliveries() {
    }

    static List<HttpRequest> signed(TestInstance instance, List<PeerActor> actors, String fellowUri, int count) {
        // Two cores sign twice as fast; ids come from each actor's atomic sequence, so order does not matter.
        return IntStream.range(0, count).parallel()
                .mapToObj(i -> {
                    PeerActor actor = actors.get(i % actors.size());
                    String create = Json.write(actor.create(actor.note("<p>Form " + i + " is filed.</p>", fellowUri)));
                    return SignedInbox.request(instance, "/inbox", actor.signingKey(), create);
                })
                .toList();
    }
}
