package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.bureaucrathackers.fellowship.App;
import org.bureaucrathackers.fellowship.config.SettingsLoader.Key;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.web.ListeningSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateBesideRunningServerTest {

    @TempDir
    Path work;

    @Test
    void fellow_create_works_while_the_server_runs_on_the_same_data_folder() throws Exception {
        // The server binds a port the system chooses; the command is then told the URL that names it.
        ListeningSocket listening = ListeningSocket.open("127.0.0.1", 0);
        int port = listening.port();
        String publicUrl = "http://localhost:" + port;
        Map<Key, String> flags = Map.of(Key.PUBLIC_URL, publicUrl, Key.BIND, "127.0.0.1:" + port, Key.DATA, "data");
        try (App server = App.open(new SettingsLoader(Map.of(), work).load(flags, null)).startServer(listening)) {
            CommandRun created = CommandRun.run(work, Map.of(), "fellow", "create", "carol",
                    "--data", "data", "--public-url", publicUrl);
            assertEquals(0, created.status(), created.toString());
            assertEquals("@carol@localhost:" + port, created.out().strip());

            HttpResponse<String> profile = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(publicUrl + "/@carol")).header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, profile.statusCode());
            assertTrue(profile.body().contains("@carol@localhost:" + port), profile.body());
        }
    }
}
