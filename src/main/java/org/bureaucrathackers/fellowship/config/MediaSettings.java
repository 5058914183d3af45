package org.bureaucrathackers.fellowship.config;

import java.net.URI;

/**
 * Where media files live.
 *
 * @param storage the data folder (the default) or an S3-compatible object store
 * @param s3      the object store's settings; null unless {@code storage} is {@link Storage#S3}
 */
public record MediaSettings(Storage storage, S3 s3) {

    /** Files in the data folder. */
    public static final MediaSettings DEFAULTS = new MediaSettings(Storage.FOLDER, null);

    public MediaSettings {
        if (storage == Storage.S3 && s3 == null) {
            throw new IllegalArgumentException("S3 storage needs its settings");
        }
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
