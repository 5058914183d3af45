package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportResponse;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.media.FolderMediaStorage;
import org.bureaucrathackers.fellowship.media.RemoteMedia;
import org.bureaucrathackers.fellowship.media.RemoteMediaCache;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The remote media cache over its table, on every database, with remote servers played by a transport that
 * answers from a map: what is copied, what is refused, retries, leases and eviction under the total bound.
 */
class RemoteMediaCacheStoreTest {

    private static final String BASE = "https://ministry.example";
    private static final String REMOTE = "https://elsewhere.example/files/";
    private static final long MAX_FILE = 64 * 1024;

    @TempDir
    Path tempDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final Ids ids = new Ids(clock);
    /** What the remote server answers, by URL; a URL absent is a network failure. */
    private final Map<String, TransportResponse> answers = new ConcurrentHashMap<>();
    private final HttpTransport transport = (method, target, headers, body, timeout) -> {
        TransportResponse answer = answers.get(target.toString());
        if (answer == null) {
            throw new FetchException(FetchException.Kind.NETWORK, "cannot reach " + target);
        }
        return answer;
    };

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private static TransportResponse ok(byte[] body, String type) {
        return new TransportResponse(200, Map.of("content-type", List.of(type)), body);
    }

    private RemoteMediaCache cache(Database db, FolderMediaStorage storage, boolean on, long maxTotal) {
        return new RemoteMediaCache(on, new JooqRemoteMediaStore(db), storage, transport, db, ids, clock, BASE,
                new RemoteMediaCache.Bounds(MAX_FILE, maxTotal));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void an_image_is_copied_byte_for_byte_while_html_and_oversized_files_stay_remote(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            FolderMediaStorage storage = new FolderMediaStorage(tempDir.resolve("media"), BASE);
            JooqRemoteMediaStore store = new JooqRemoteMediaStore(db);
            byte[] png = TestImages.transparentPng(40, 30);
            byte[] jpeg = TestImages.jpegWithExif(32, 32, 1);
            answers.put(REMOTE + "photo.png", ok(png, "image/png"));
            answers.put(REMOTE + "moved.jpg", new TransportResponse(302,
                    Map.of("location", List.of("/cdn/moved.jpg")), new byte[0]));
            answers.put("https://elsewhere.example/cdn/moved.jpg", ok(jpeg, "image/jpeg"));
            answers.put(REMOTE + "page.png", ok("<html><script>alert(1)</script></html>"
                    .getBytes(StandardCharsets.UTF_8), "image/png"));
            answers.put(REMOTE + "huge.png", ok(new byte[(int) MAX_FILE + 1], "image/png"));
            List<String> urls = List.of(REMOTE + "photo.png", REMOTE + "moved.jpg", REMOTE + "page.png",
                    REMOTE + "huge.png", BASE + "/media/1-ab/original.png");
            RemoteMediaCache cache = cache(db, storage, true, 1 << 20);

            cache.register(urls);
            assertEquals(Map.of(), cache.of(urls), "nothing is shown from here before it is copied");
            assertEquals(2, cache.cacheDue());

            Map<String, String> copies = cache.of(urls);
            assertEquals(2, copies.size(), copies.toString());
            String photo = copies.get(REMOTE + "photo.png");
            assertTrue(photo.startsWith(BASE + "/media/") && photo.endsWith("/remote.png"), photo);
            assertArrayEquals(png, storage.read(photo.substring((BASE + "/media/").length())).orElseThrow());
            String moved = copies.get(REMOTE + "moved.jpg");
            assertArrayEquals(jpeg, storage.read(moved.substring((BASE + "/media/").length())).orElseThrow(),
                    "a redirect is followed, and the file kept as served");
            assertEquals(RemoteMedia.State.FAILED, store.find(REMOTE + "page.png").orElseThrow().state(),
                    "an HTML page where an image was promised is refused");
            assertEquals(RemoteMedia.State.FAILED, store.find(REMOTE + "huge.png").orElseThrow().state(),
                    "a file over the bound is refused");
            assertTrue(store.find(BASE + "/media/1-ab/original.png").isEmpty(), "this instance's files stay as they are");
            assertEquals(png.length + jpeg.length, store.cachedBytes());

            clock.advance(Duration.ofDays(1));
            assertEquals(0, cache.cacheDue(), "refused files are not fetched again");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_failed_or_interrupted_fetch_is_taken_again_later_never_shown_half_done(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            FolderMediaStorage storage = new FolderMediaStorage(tempDir.resolve("media"), BASE);
            JooqRemoteMediaStore store = new JooqRemoteMediaStore(db);
            RemoteMediaCache cache = cache(db, storage, true, 1 << 20);
            String flaky = REMOTE + "flaky.png";
            String leased = REMOTE + "leased.png";
            cache.register(List.of(flaky, leased));
            // A worker took one file and died before storing it: the file stays waiting under its lease.
            Instant now = clock.instant();
            assertTrue(store.lease(store.find(leased).orElseThrow().id(), now, now.plus(RemoteMediaCache.LEASE)));
            answers.put(leased, ok(TestImages.transparentPng(8, 8), "image/png"));

            assertEquals(0, cache.cacheDue(), "the flaky server is down and the other file is leased");
            RemoteMedia waiting = store.find(flaky).orElseThrow();
            assertEquals(RemoteMedia.State.WAITING, waiting.state());
            assertTrue(waiting.nextAttemptAt().isAfter(clock.instant()), "tried again later, not at once");
            assertEquals(Map.of(), cache.of(List.of(flaky, leased)));

            answers.put(flaky, ok(TestImages.transparentPng(9, 9), "image/png"));
            clock.advance(RemoteMediaCache.LEASE.plusSeconds(1));
            assertEquals(2, cache.cacheDue());
            assertEquals(2, cache.of(List.of(flaky, leased)).size());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void eviction_keeps_the_total_under_the_bound_least_recently_cached_first(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            FolderMediaStorage storage = new FolderMediaStorage(tempDir.resolve("media"), BASE);
            JooqRemoteMediaStore store = new JooqRemoteMediaStore(db);
            byte[] image = TestImages.transparentPng(20, 20);
            long bound = image.length * 5L / 2;
            RemoteMediaCache cache = cache(db, storage, true, bound);
            List<String> urls = List.of(REMOTE + "1.png", REMOTE + "2.png", REMOTE + "3.png", REMOTE + "4.png");
            String firstKey = null;
            for (String url : urls) {
                answers.put(url, ok(image, "image/png"));
                cache.register(List.of(url));
                assertEquals(1, cache.cacheDue());
                if (firstKey == null) {
                    firstKey = store.find(url).orElseThrow().fileKey();
                }
                assertTrue(store.cachedBytes() <= bound, "over the bound after " + url);
                clock.advance(Duration.ofMinutes(1));
            }

            assertEquals(2 * image.length, store.cachedBytes());
            assertEquals(List.of(REMOTE + "3.png", REMOTE + "4.png"),
                    urls.stream().filter(cache.of(urls)::containsKey).toList(), "the newest copies stay");
            assertEquals(RemoteMedia.State.EVICTED, store.find(REMOTE + "1.png").orElseThrow().state());
            assertTrue(storage.read(firstKey).isEmpty(), "an evicted copy's file is deleted");

            RemoteMediaCache tiny = cache(db, storage, true, image.length - 1);
            answers.put(REMOTE + "6.png", ok(image, "image/png"));
            tiny.register(List.of(REMOTE + "6.png"));
            tiny.cacheDue();
            assertEquals(RemoteMedia.State.FAILED, store.find(REMOTE + "6.png").orElseThrow().state(),
                    "a file larger than all copies may take is never copied");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void with_the_cache_off_nothing_is_registered_fetched_or_shown(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            FolderMediaStorage storage = new FolderMediaStorage(tempDir.resolve("media"), BASE);
            answers.put(REMOTE + "photo.png", ok(TestImages.transparentPng(4, 4), "image/png"));
            RemoteMediaCache on = cache(db, storage, true, 1 << 20);
            on.register(List.of(REMOTE + "photo.png"));
            on.cacheDue();
            RemoteMediaCache off = cache(db, storage, false, 1 << 20);

            off.register(List.of(REMOTE + "other.png"));
            assertEquals(0, off.cacheDue());
            assertTrue(new JooqRemoteMediaStore(db).find(REMOTE + "other.png").isEmpty());
            assertEquals(Map.of(), off.of(List.of(REMOTE + "photo.png")), "copies made before are not shown");
            assertFalse(on.of(List.of(REMOTE + "photo.png")).isEmpty());
        }
    }

}
