package org.bureaucrathackers.fellowship.config;

import java.net.URI;

/**
 * Where media files live and whether other servers' media are cached here.
 *
 * @param storage     the data folder (the default) or an S3-compatible object store
 * @param s3          the object store's settings; null unless {@code storage} is {@link Storage#S3}
 * @param remoteCache whether and how much of other servers' media is fetched and served from our storage
 */
public record MediaSettings(Storage storage, S3 s3, RemoteCache remoteCache) {

    /** Files in the data folder, remote media shown as links. */
    public static final MediaSettings DEFAULTS = new MediaSettings(Storage.FOLDER, null, RemoteCache.OFF);

    public MediaSettings {
        if (storage == Storage.S3 && s3 == null) {
            throw new IllegalArgumentException("S3 storage needs its settings");
        }
        remoteCache = remoteCache == null ? RemoteCache.OFF : remoteCache;
    }

    public MediaSettings withRemoteCache(RemoteCache cache) {
        return new MediaSettings(storage, s3, cache);
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

    /**
     * Other servers' media fetched, re-encoded and kept here, at most {@code budgetBytes} in all (the oldest go
     * first) and {@code maxFileBytes} for one file.
     */
    public record RemoteCache(boolean enabled, long budgetBytes, long maxFileBytes) {
        public static final long DEFAULT_BUDGET_BYTES = 1024L * 1024 * 1024;
        public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;
        public static final RemoteCache OFF = new RemoteCache(false, DEFAULT_BUDGET_BYTES, DEFAULT_MAX_FILE_BYTES);
    }
}
