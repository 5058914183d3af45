package org.bureaucrathackers.fellowship.config;

import java.net.URI;

/**
 * Where media files live.
 *
 * @param storage the data folder (the default) or an S3-compatible object store
 * @param s3      the object store's settings; null unless {@code storage} is {@link Storage#S3}
 * @param remoteCache         whether media of remote posts and accounts are copied here, so clients load them
 *                            from this instance rather than from other servers
 * @param remoteCacheMaxBytes the most those copies take together; the least recently cached go first
 */
public record MediaSettings(Storage storage, S3 s3, boolean remoteCache, long remoteCacheMaxBytes) {

    /** The bound on remote copies unless set: 1 GiB. */
    public static final long DEFAULT_REMOTE_CACHE_MAX_BYTES = 1L << 30;
    /** Files in the data folder, remote media cached up to the default bound. */
    public static final MediaSettings DEFAULTS = new MediaSettings(Storage.FOLDER, null);

    public MediaSettings {
        if (storage == Storage.S3 && s3 == null) {
            throw new IllegalArgumentException("S3 storage needs its settings");
        }
        if (remoteCacheMaxBytes < 0) {
            throw new IllegalArgumentException("the remote media bound cannot be negative");
        }
    }

    /** These storage settings with the remote media cache on, up to the default bound. */
    public MediaSettings(Storage storage, S3 s3) {
        this(storage, s3, true, DEFAULT_REMOTE_CACHE_MAX_BYTES);
    }

    /** The same storage with the remote media cache on or off, up to {@code maxBytes}. */
    public MediaSettings withRemoteCache(boolean on, long maxBytes) {
        return new MediaSettings(storage, s3, on, maxBytes);
    }

    public enum Storage { FOLDER, S3 }

    /**
     * An S3-compatible bucket. {@code publicUrl} is the base clients fetch files from (a CDN or a public bucket);
     * when null, this server serves the files itself at {@code /media/…}, reading them from the bucket.
     * {@code pathStyle} addresses the bucket as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key}.
     */
    public record S3(URI endpoint, String bucket, String region, String accessKey, String secretKey, String publicUrl,
                     boolean pathStyle) {

        /** Never shows the secret key, so logging these settings leaks nothing. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey=" + accessKey
                    + ", secretKey=***, publicUrl=" + publicUrl + ", pathStyle=" + pathStyle + "]";
        }
    }

}
