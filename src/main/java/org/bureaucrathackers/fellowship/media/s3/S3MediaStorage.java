package org.bureaucrathackers.fellowship.media.s3;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.config.MediaSettings;
import org.bureaucrathackers.fellowship.media.FolderMediaStorage;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.media.MediaStorage;
import org.bureaucrathackers.fellowship.media.MediaStorageException;

/**
 * Media files in a bucket of an S3-compatible object store (AWS S3, MinIO, Ceph, Garage, …), each request
 * signed with AWS Signature V4. Files are fetched by clients from {@code public_url} when set, else this server
 * serves them at {@code /media/…} by reading them from the bucket. Every request has bounded time and every
 * answer a bounded size. The endpoint is the operator's, so it may be on a private network.
 */
public final class S3MediaStorage implements MediaStorage {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Error answers are short XML documents: more is not read. */
    private static final int MAX_ERROR_BYTES = 16 * 1024;
    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([A-Za-z0-9.]{1,64})</Code>");

    private final MediaSettings.S3 settings;
    private final String servedBase;
    private final SignatureV4 signer;
    private final Clock clock;
    private final HttpClient http;

    /** @param instanceBaseUrl this instance's public URL, where files are served when no public URL is set */
    public S3MediaStorage(MediaSettings.S3 settings, String instanceBaseUrl, Clock clock) {
        this.settings = settings;
        this.servedBase = settings.publicUrl() != null ? settings.publicUrl() + "/"
                : instanceBaseUrl + FolderMediaStorage.PATH_PREFIX;
        this.signer = new SignatureV4(settings.accessKey(), settings.secretKey(), settings.region());
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Checks that the bucket is there and takes our signature, so a wrong endpoint, bucket or key stops the
     * server at start with a clear message rather than failing the first upload.
     */
    public void check() {
        HttpResponse<InputStream> response = send("HEAD", null, new byte[0], null);
        int status = response.statusCode();
        close(response);
        if (status == 403) {
            throw new MediaStorageException("the object store at " + endpointName() + " refused our signature for"
                    + " bucket '" + settings.bucket() + "' (HTTP 403): check media-s3-access-key and"
                    + " media-s3-secret-key");
        }
        if (status == 404) {
            throw new MediaStorageException("the object store at " + endpointName() + " has no bucket '"
                    + settings.bucket() + "'");
        }
        if (status / 100 != 2) {
            throw new MediaStorageException("the object store at " + endpointName() + " answered HTTP " + status
                    + " for bucket '" + settings.bucket() + "'");
        }
    }

    @Override
    public void put(String key, byte[] content, String mediaType) {
        HttpResponse<InputStream> response = send("PUT", key, content, mediaType);
        if (response.statusCode() / 100 != 2) {
            throw refused("store", key, response);
        }
        close(response);
    }

    @Override
    public Optional<byte[]> read(String key) {
        HttpResponse<InputStream> response = send("GET", key, new byte[0], null);
        int status = response.statusCode();
        if (status == 404) {
            close(response);
            return Optional.empty();
        }
        if (status != 200) {
            throw refused("read", key, response);
        }
        int limit = MediaLimits.maxFileBytes();
        try (InputStream body = response.body()) {
            byte[] content = body.readNBytes(limit + 1);
            if (content.length > limit) {
                throw new MediaStorageException("the object store gave more than " + limit + " bytes for " + key);
            }
            return Optional.of(content);
        } catch (IOException e) {
            throw new MediaStorageException("cannot read " + key + " from the object store: " + e.getMessage());
        }
    }

    @Override
    public void delete(String key) {
        HttpResponse<InputStream> response = send("DELETE", key, new byte[0], null);
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw refused("delete", key, response);
        }
        close(response);
    }

    @Override
    public String url(String key) {
        return servedBase + key;
    }

    /** Sends one signed request for {@code key} (null: the bucket itself). */
    private HttpResponse<InputStream> send(String method, String key, byte[] body, String mediaType) {
        URI endpoint = settings.endpoint();
        String prefix = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
        String host = settings.pathStyle() ? endpoint.getHost() : settings.bucket() + "." + endpoint.getHost();
        String authority = endpoint.getPort() == -1 ? host : host + ":" + endpoint.getPort();
        StringBuilder path = new StringBuilder(prefix);
        if (settings.pathStyle()) {
            path.append('/').append(SignatureV4.encode(settings.bucket()));
        }
        if (key != null) {
            for (String segment : key.split("/")) {
                path.append('/').append(SignatureV4.encode(segment));
            }
        } else if (!settings.pathStyle()) {
            path.append('/');
        }
        Map<String, String> extra = mediaType == null ? Map.of() : Map.of("content-type", mediaType);
        Map<String, String> signed = signer.sign(method, authority, path.toString(), Map.of(), extra, body,
                clock.instant());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.getScheme() + "://" + authority + path))
                .timeout(REQUEST_TIMEOUT)
                .method(method, body.length == 0 && !method.equals("PUT") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        extra.forEach(request::header);
        signed.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new MediaStorageException("the object store at " + endpointName() + " cannot be reached: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaStorageException("interrupted while talking to the object store");
        }
    }

    private MediaStorageException refused(String what, String key, HttpResponse<InputStream> response) {
        String code = "";
        try (InputStream body = response.body()) {
            Matcher matcher = ERROR_CODE.matcher(new String(body.readNBytes(MAX_ERROR_BYTES), StandardCharsets.UTF_8));
            if (matcher.find()) {
                code = " " + matcher.group(1);
            }
        } catch (IOException e) {
            // The status alone says enough.
        }
        String reason = "HTTP " + response.statusCode() + code;
        return new MediaStorageException("the object store at " + endpointName() + " refused to " + what + " " + key
                + ": " + reason, "the media storage refused to " + what + " the file (" + reason + ")");
    }

    private String endpointName() {
        return settings.endpoint().getScheme() + "://" + settings.endpoint().getAuthority();
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // Nothing was to be read.
        }
    }
}
