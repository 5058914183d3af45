package org.bureaucrathackers.fellowship.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.ServerDatabase;
import org.bureaucrathackers.fellowship.testing.ServerProcess;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server is SIGKILLed while uploads it answered 202 for are still waiting to be processed; when it
 * starts again it processes them, and every one ends up served.
 */
class DeferredProcessingRestartTest {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration COMMAND = Duration.ofSeconds(120);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @TempDir
    Path tempDir;
    private ServerProcess server;

    @AfterEach
    void cleanUp() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void uploads_waiting_when_the_server_is_killed_are_processed_after_it_restarts() throws Exception {
        ServerDatabase h2 = ServerDatabase.available().get(0);
        Path dataDir = tempDir.resolve("data");
        ServerProcess.Setup setup = new ServerProcess.Setup(0, dataDir, h2.flags(dataDir), tempDir.resolve("server.log"));
        h2.prepare();
        try {
            server = ServerProcess.start(setup);
            setup = server.setup();
            server.awaitReady(START);
            assertEquals(0, ServerProcess.command(setup, COMMAND, "fellow", "create", "scanner").exitCode());
            ServerProcess.Run issued = ServerProcess.command(setup, COMMAND, "token", "create", "scanner",
                    "--scopes", "read write");
            assertEquals(0, issued.exitCode(), issued.output());
            String token = issued.lastLine();

            byte[] large = TestImages.jpegWithExif(5000, 4000, 1);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Multipart body = new Multipart().file("file", "scan.jpg", "image/jpeg", large);
                HttpResponse<String> uploaded = send(setup, token, HttpRequest.newBuilder(
                        URI.create(setup.base() + "/api/v2/media")).header("Content-Type", body.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
                assertEquals(202, uploaded.statusCode(), uploaded.body());
                ids.add(ApiClient.json(uploaded).get("id").asText());
            }
            // The last waits behind the others on the one background thread: still unprocessed at the kill.
            assertEquals(206, show(setup, token, ids.get(2)).statusCode());
            server.kill();

            server = ServerProcess.start(setup).awaitReady(START);
            for (String id : ids) {
                ServerProcess.Setup running = setup;
                Await.until("media " + id + " is processed after the restart",
                        () -> show(running, token, id).statusCode() == 200, Duration.ofSeconds(120));
                JsonNode media = ApiClient.json(show(setup, token, id));
                HttpResponse<byte[]> served = ApiClient.download(media.get("url").asText());
                assertEquals(200, served.statusCode());
                assertFalse(TestImages.contains(served.body(), "Exif".getBytes(StandardCharsets.US_ASCII)));
            }
            server.stop();
        } catch (AssertionError | RuntimeException e) {
            System.out.println("server log, last lines:\n" + ServerProcess.tail(setup.log(), 60));
            throw e;
        } finally {
            h2.cleanUp();
        }
    }

    private static HttpResponse<String> show(ServerProcess.Setup setup, String token, String id) {
        return send(setup, token, HttpRequest.newBuilder(URI.create(setup.base() + "/api/v1/media/" + id)).GET());
    }

    private static HttpResponse<String> send(ServerProcess.Setup setup, String token, HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
