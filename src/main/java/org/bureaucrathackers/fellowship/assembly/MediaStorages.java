package org.bureaucrathackers.fellowship.assembly;

import java.time.Clock;
import org.bureaucrathackers.fellowship.config.ConfigException;
import org.bureaucrathackers.fellowship.config.MediaSettings;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.media.FolderMediaStorage;
import org.bureaucrathackers.fellowship.media.MediaStorage;
import org.bureaucrathackers.fellowship.media.MediaStorageException;
import org.bureaucrathackers.fellowship.media.s3.S3MediaStorage;

/** The media storage the settings name; an object store that refuses us stops the start with its reason. */
final class MediaStorages {

    private MediaStorages() {
    }

    static MediaStorage of(Settings settings, Clock clock) {
        MediaSettings media = settings.media();
        if (media.storage() == MediaSettings.Storage.FOLDER) {
            return new FolderMediaStorage(settings.dataDir().resolve("media"), settings.baseUrl());
        }
        S3MediaStorage s3 = new S3MediaStorage(media.s3(), settings.baseUrl(), clock);
        try {
            s3.check();
        } catch (MediaStorageException e) {
            throw new ConfigException("media-storage s3: " + e.getMessage());
        }
        return s3;
    }
}
