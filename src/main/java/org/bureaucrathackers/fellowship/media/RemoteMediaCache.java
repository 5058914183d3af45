package org.bureaucrathackers.fellowship.media;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local copies of remote media, so that clients load images from this instance only. Files are registered as
 * waiting (attachments in the transaction that stores their post, avatars and headers as remote accounts are
 * fetched) and copied later by a background worker, one at a time, through the guarded transport; entities show
 * a copy only once it is wholly stored, and the remote URL otherwise (waiting, refused, failing, evicted, or the
 * cache turned off). The copies together stay under a bound: the least recently cached go first.
 */
public final class RemoteMediaCache implements LocalCopies, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteMediaCache.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Longer URLs are not cached (their copies would be keyed by a column of this size). */
    public static final int MAX_URL_LENGTH = 1024;
    /** URLs taken from one post or account at most. */
    public static final int MAX_REGISTERED_AT_ONCE = 32;
    /** Files fetched in one round of the worker. */
    public static final int FETCHES_PER_ROUND = 20;
    /** Tries before a file that keeps failing is given up. */
    public static final int MAX_ATTEMPTS = 4;
    /** How long a worker holds a file it is fetching; one that dies leaves it to be taken again after. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** The wait before the first retry; it doubles with each attempt. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** Copies evicted per query while over the bound. */
    public static final int EVICTION_BATCH = 50;
    /** Eviction queries in one round at most. */
    public static final int EVICTION_ROUNDS = 100;
    /** Remote accounts read per query, and queries per round, when looking for new avatars and headers. */
    public static final int PROFILE_PAGE = 100;
    public static final int PROFILE_PAGES_PER_ROUND = 10;

    /**
     * @param maxFileBytes  the largest file copied (the upload limit)
     * @param maxTotalBytes the most the copies take together
     */
    public record Bounds(long maxFileBytes, long maxTotalBytes) {
        public Bounds {
            if (maxFileBytes < 1 || maxTotalBytes < 0) {
                throw new IllegalArgumentException("remote media bounds must be positive");
            }
        }
    }

    private final boolean on;
    private final RemoteMediaStore store;
    private final MediaStorage storage;
    private final RemoteMediaFetcher fetcher;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final String localBase;
    private final Bounds bounds;
    private final RemoteMediaWorker worker;
    private RemoteMediaStore.ProfileImages.Cursor profileCursor = RemoteMediaStore.ProfileImages.Cursor.START;

    /**
     * @param on        false shows every remote file by its remote URL and fetches nothing
     * @param transport the guarded transport, bounded to {@code bounds.maxFileBytes()} per response
     * @param localBase this instance's base URL: its own files are never copied
     */
    public RemoteMediaCache(boolean on, RemoteMediaStore store, MediaStorage storage, HttpTransport transport,
                            Transactions transactions, Ids ids, Clock clock, String localBase, Bounds bounds) {
        this.on = on;
        this.store = store;
        this.storage = storage;
        this.fetcher = new RemoteMediaFetcher(transport, bounds.maxFileBytes());
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.localBase = localBase;
        this.bounds = bounds;
        this.worker = new RemoteMediaWorker(this::round);
    }

    public boolean isOn() {
        return on;
    }

    /** Starts the background worker (when the cache is on): what earlier runs left waiting is taken up at once. */
    public void start() {
        if (on) {
            worker.start();
        }
    }

    /**
     * Registers remote files to be copied, in the caller's transaction (so a stored post's media are never
     * forgotten); the worker hears of them once it commits. URLs of this instance, unusable or too long are left.
     */
    public void register(Collection<String> remoteUrls) {
        if (!on) {
            return;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String url : remoteUrls) {
            if (wanted.size() == MAX_REGISTERED_AT_ONCE) {
                break;
            }
            if (isCacheable(url)) {
                wanted.add(url);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Instant now = now();
        List<RemoteMedia> waiting = new ArrayList<>();
        wanted.forEach(url -> waiting.add(RemoteMedia.waiting(ids.next(), url, now)));
        store.register(waiting);
        transactions.afterCommit(worker::nudge);
    }

    /** The local copies of those of {@code remoteUrls} that are cached, by remote URL; none when the cache is off. */
    @Override
    public Map<String, String> of(Collection<String> remoteUrls) {
        if (!on) {
            return Map.of();
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String url : remoteUrls) {
            if (isCacheable(url)) {
                asked.add(url);
            }
        }
        if (asked.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copies = new HashMap<>();
        store.cachedKeys(asked).forEach((url, key) -> copies.put(url, storage.url(key)));
        return copies;
    }

    /**
     * One round of work, as the worker runs it: learns of new remote avatars and headers, copies the files whose
     * time has come, then evicts the least recently cached while over the bound. Returns how many were copied.
     */
    public synchronized int cacheDue() {
        if (!on) {
            return 0;
        }
        discoverProfileImages();
        int copied = 0;
        for (RemoteMedia media : store.due(now(), FETCHES_PER_ROUND)) {
            Instant now = now();
            if (store.lease(media.id(), now, now.plus(LEASE)) && copy(media, media.attempts() + 1)) {
                copied++;
            }
        }
        if (copied > 0) {
            evictOverBound();
        }
        return copied;
    }

    private boolean round() {
        return cacheDue() == FETCHES_PER_ROUND;
    }

    private boolean copy(RemoteMedia media, int attempt) {
        RemoteMediaFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(media.remoteUrl());
        } catch (RemoteMediaFetcher.Refused e) {
            LOG.info("remote media {}: not copied: {}", media.id(), e.getMessage());
            store.markFailed(media.id());
            return false;
        } catch (IOException | RuntimeException e) {
            failedFor(media, attempt, e.getMessage());
            return false;
        }
        byte[] content = fetched.content();
        if (content.length > bounds.maxTotalBytes()) {
            LOG.info("remote media {}: {} bytes, more than all copies may take", media.id(), content.length);
            store.markFailed(media.id());
            return false;
        }
        String key = media.id() + "-" + HexFormat.of().formatHex(secret()) + "/remote."
                + fetched.format().extension();
        try {
            storage.put(key, content, fetched.format().mediaType());
        } catch (RuntimeException e) {
            failedFor(media, attempt, "cannot store the copy: " + e.getMessage());
            return false;
        }
        if (!store.markCached(media.id(), key, fetched.format().mediaType(), content.length, now())) {
            deleteQuietly(key);
            return false;
        }
        return true;
    }

    private void failedFor(RemoteMedia media, int attempt, String reason) {
        if (attempt >= MAX_ATTEMPTS) {
            LOG.info("remote media {}: given up after {} attempts: {}", media.id(), attempt, reason);
            store.markFailed(media.id());
        } else {
            store.retryAt(media.id(), now().plus(FIRST_RETRY.multipliedBy(1L << (attempt - 1))));
        }
    }

    /** Evicts the least recently cached copies until the total is within the bound: hidden first, then deleted. */
    private void evictOverBound() {
        long total = store.cachedBytes();
        for (int round = 0; round < EVICTION_ROUNDS && total > bounds.maxTotalBytes(); round++) {
            List<RemoteMedia> oldest = store.leastRecentlyCached(EVICTION_BATCH);
            if (oldest.isEmpty()) {
                return;
            }
            for (RemoteMedia media : oldest) {
                if (total <= bounds.maxTotalBytes()) {
                    return;
                }
                if (store.markEvicted(media.id())) {
                    deleteQuietly(media.fileKey());
                }
                total = total - media.fileSize();
            }
            total = store.cachedBytes();
        }
    }

    private void discoverProfileImages() {
        for (int page = 0; page < PROFILE_PAGES_PER_ROUND; page++) {
            List<RemoteMediaStore.ProfileImages> found = store.remoteProfileImages(profileCursor, PROFILE_PAGE);
            for (RemoteMediaStore.ProfileImages images : found) {
                List<String> urls = new ArrayList<>(2);
                if (images.avatarUrl() != null) {
                    urls.add(images.avatarUrl());
                }
                if (images.headerUrl() != null) {
                    urls.add(images.headerUrl());
                }
                register(urls);
                profileCursor = images.cursor();
            }
            if (found.size() < PROFILE_PAGE) {
                return;
            }
        }
    }

    private boolean isCacheable(String url) {
        if (url == null || url.length() > MAX_URL_LENGTH) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !url.startsWith(localBase + "/");
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("remote media copy {} left in the storage: {}", key, e.getMessage());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static byte[] secret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Stops the worker; a file being fetched stays waiting and is taken again once its lease has passed. */
    @Override
    public void close() {
        worker.close();
    }
}
