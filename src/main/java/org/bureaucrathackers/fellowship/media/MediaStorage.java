package org.bureaucrathackers.fellowship.media;

import java.util.Optional;

/**
 * Where media files live: the data folder by default, an S3-compatible object store by setting. Keys are
 * relative paths such as {@code 1234-5f3a…/original.jpg}; once written a key never changes content.
 */
public interface MediaStorage {

    void put(String key, byte[] content, String mediaType);

    /** The file under {@code key}, if this storage serves it itself (the data folder does; S3 serves its own). */
    Optional<byte[]> read(String key);

    void delete(String key);

    /** The public URL the file is fetched from. */
    String url(String key);
}
