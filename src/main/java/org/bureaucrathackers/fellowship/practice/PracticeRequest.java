package org.bureaucrathackers.fellowship.practice;

import java.util.List;
import org.bureaucrathackers.fellowship.post.Status;

/** What a fellow asks to publish or change: the content, who sees it and the media ids to attach. */
public record PracticeRequest(PracticeContent content, Status.Visibility visibility, List<String> mediaIds) {

    public PracticeRequest {
        mediaIds = List.copyOf(mediaIds);
    }
}
