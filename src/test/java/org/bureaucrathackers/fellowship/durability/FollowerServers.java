package org.bureaucrathackers.fellowship.durability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.TestPeer;

/**
 * Other instances on loopback, each its own port on 127.0.0.1 (so each is a host of its own to the server, found
 * by the system resolver), each with a few actors and a shared inbox that answers 202 and keeps what it gets.
 */
final class FollowerServers implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final List<TestPeer> servers;
    private final List<PeerActor> actors;

    /** A Create one shared inbox received. */
    record Delivery(String inbox, String activityId, String objectId) {
    }

    private FollowerServers(List<TestPeer> servers, List<PeerActor> actors) {
        this.servers = servers;
        this.actors = actors;
    }

    static FollowerServers start(int servers, int actorsEach) {
        List<TestPeer> started = new ArrayList<>();
        List<PeerActor> actors = new ArrayList<>();
        for (int s = 0; s < servers; s++) {
            TestPeer server = TestPeer.start();
            started.add(server);
            for (int a = 0; a < actorsEach; a++) {
                actors.add(PeerActor.serve(server, HOST, "follower" + s + "x" + a));
            }
        }
        return new FollowerServers(started, actors);
    }

    List<PeerActor> actors() {
        return actors;
    }

    List<String> sharedInboxes() {
        return servers.stream().map(FollowerServers::sharedInbox).toList();
    }

    /** Whether {@code actor}'s server has been sent an Accept of the Follow {@code followId}. */
    boolean accepted(PeerActor actor, String followId) {
        return actor.received("Accept").stream().anyMatch(accept -> followId.equals(objectId(accept)));
    }

    /** Every Create the shared inboxes received so far, in the order each received them. */
    List<Delivery> creates() {
        List<Delivery> creates = new ArrayList<>();
        for (TestPeer server : servers) {
            for (TestPeer.Recorded request : server.requestsTo("/inbox")) {
                if (!request.method().equals("POST")) {
                    continue;
                }
                JsonNode activity = PeerActor.parse(request.bodyText());
                if ("Create".equals(activity.path("type").asText())) {
                    creates.add(new Delivery(sharedInbox(server), activity.path("id").asText(),
                            objectId(activity)));
                }
            }
        }
        return creates;
    }

    private static String objectId(JsonNode activity) {
        JsonNode object = activity.path("object");
        return object.isObject() ? object.path("id").asText() : object.asText();
    }

    private static String sharedInbox(TestPeer server) {
        return server.origin(HOST) + "/inbox";
    }

    @Override
    public void close() {
        servers.forEach(TestPeer::close);
    }
}
