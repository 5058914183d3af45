package org.bureaucrathackers.fellowship.media;

import java.util.Collection;
import java.util.Map;

/** Where this instance serves its copies of remote files, for what clients are shown. */
@FunctionalInterface
public interface LocalCopies {

    /** The local URL of each of {@code remoteUrls} that has a copy ready, by remote URL; one query at most. */
    Map<String, String> of(Collection<String> remoteUrls);

    /** No copies: every remote file is shown by its remote URL. */
    LocalCopies NONE = urls -> Map.of();
}
