package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.config.MediaSettings;

/**
 * The S3-compatible server of {@code src/test/s3-peer} (s3rver behind a front that checks AWS Signature V4) on
 * a free loopback port, with one bucket. Its access key and secret are both {@link #ACCESS_KEY}. It exits when
 * its standard input closes, so a test JVM that dies takes it along.
 */
public final class S3Peer implements AutoCloseable {

    public static final Path DIR = Path.of("src", "test", "s3-peer");
    public static final String ACCESS_KEY = "S3RVER";
    public static final String SECRET_KEY = "S3RVER";
    private static final Pattern LISTENING = Pattern.compile("s3-peer listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final Path log;
    private final URI endpoint;
    private final String bucket;

    private S3Peer(Process process, Path log, URI endpoint, String bucket) {
        this.process = process;
        this.log = log;
        this.endpoint = endpoint;
        this.bucket = bucket;
    }

    /** Whether {@code npm ci --prefix src/test/s3-peer} has run. */
    public static boolean installed() {
        return Files.isDirectory(DIR.resolve("node_modules/s3rver"));
    }

    public static S3Peer start(String bucket) {
        try {
            Path log = Files.createTempFile("s3-peer", ".log");
            Path files = Files.createTempDirectory("s3-peer-files");
            Process process = new ProcessBuilder("node", "peer.js", bucket, files.toString())
                    .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String[] origin = new String[1];
            try {
                Await.until("the S3 peer listens", () -> {
                    Matcher listening = LISTENING.matcher(read(log));
                    if (listening.find()) {
                        origin[0] = listening.group(1);
                        return true;
                    }
                    if (!process.isAlive()) {
                        throw new AssertionError("the S3 peer exited with " + process.exitValue() + ":\n" + read(log));
                    }
                    return false;
                }, Duration.ofSeconds(30));
            } catch (RuntimeException | AssertionError e) {
                process.destroyForcibly();
                throw e;
            }
            return new S3Peer(process, log, URI.create(origin[0]), bucket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The settings of this bucket with the given secret; files served through the instance. */
    public MediaSettings.S3 settings(String secretKey) {
        return new MediaSettings.S3(endpoint, bucket, "us-east-1", ACCESS_KEY, secretKey, null, true);
    }

    public MediaSettings media() {
        return new MediaSettings(MediaSettings.Storage.S3, settings(SECRET_KEY));
    }

    /** What the peer printed, including the requests it refused and why. */
    public String log() {
        return read(log);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
