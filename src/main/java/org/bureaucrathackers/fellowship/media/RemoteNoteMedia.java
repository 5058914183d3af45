package org.bureaucrathackers.fellowship.media;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NoteExtension;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.vocab.RemoteAttachment;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * Registers the images of each remote post for the {@link RemoteMediaCache} in the transaction that stores the
 * post (a Create or a newer Update), so they are copied even when the server stops right after; everything else
 * is left to the extension it wraps.
 */
public final class RemoteNoteMedia implements NoteExtension {

    private final NoteExtension next;
    private final RemoteMediaCache cache;

    public RemoteNoteMedia(NoteExtension next, RemoteMediaCache cache) {
        this.next = next;
        this.cache = cache;
    }

    @Override
    public void extend(ObjectNode note, Status status) {
        next.extend(note, status);
    }

    @Override
    public void remoteStored(Status status, Account author, RemoteNote note) {
        next.remoteStored(status, author, note);
        List<String> images = new ArrayList<>();
        for (RemoteAttachment attachment : note.attachments()) {
            if (isImage(attachment)) {
                images.add(attachment.url());
            }
        }
        cache.register(images);
    }

    @Override
    public boolean writesText(Status status) {
        return next.writesText(status);
    }

    /** What claims to be an image; what it really is, the first bytes tell when it is fetched. */
    private static boolean isImage(RemoteAttachment attachment) {
        String type = attachment.mediaType() == null ? "" : attachment.mediaType().toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || (type.isEmpty() && "Image".equals(attachment.type()));
    }
}
