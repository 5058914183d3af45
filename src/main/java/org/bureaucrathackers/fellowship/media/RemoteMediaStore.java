package org.bureaucrathackers.fellowship.media;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The local copies of remote media and the work of making them. */
public interface RemoteMediaStore {

    /** Adds these waiting files; a URL already known (in any state) is left as it is. */
    void register(List<RemoteMedia> waiting);

    /** The storage keys of the cached copies among {@code remoteUrls}, by remote URL. */
    Map<String, String> cachedKeys(Collection<String> remoteUrls);

    Optional<RemoteMedia> find(String remoteUrl);

    /** Waiting files whose time has come, oldest first, at most {@code limit}. */
    List<RemoteMedia> due(Instant now, int limit);

    /**
     * Takes a due file for fetching until {@code until} (counting the attempt); false when another worker took it
     * first or it is no longer waiting. A worker that dies leaves it to be taken again after {@code until}.
     */
    boolean lease(long id, Instant now, Instant until);

    /** Records the stored copy; false when the file is no longer waiting (so the copy is not wanted). */
    boolean markCached(long id, String fileKey, String mediaType, long fileSize, Instant cachedAt);

    /** The fetch failed for a reason that may pass: try again at {@code when}. */
    void retryAt(long id, Instant when);

    /** The file is not to be fetched again. */
    void markFailed(long id);

    /** What the cached copies take together. */
    long cachedBytes();

    /** The cached copies, least recently cached first, at most {@code limit}. */
    List<RemoteMedia> leastRecentlyCached(int limit);

    /** Stops showing the copy; false when it was not cached (another worker evicted it). */
    boolean markEvicted(long id);

    /**
     * Avatars and headers of remote accounts fetched after {@code after} (by fetch time, then account id), oldest
     * first, at most {@code limit}: what the cache learns of new profile images from.
     */
    List<ProfileImages> remoteProfileImages(ProfileImages.Cursor after, int limit);

    /** A remote account's avatar and header URLs (either may be null) as of its last fetch. */
    record ProfileImages(long accountId, Instant fetchedAt, String avatarUrl, String headerUrl) {

        public Cursor cursor() {
            return new Cursor(fetchedAt, accountId);
        }

        /** A place in the order of fetch time, then account id. */
        public record Cursor(Instant fetchedAt, long accountId) {
            public static final Cursor START = new Cursor(Instant.EPOCH, 0);
        }
    }
}
