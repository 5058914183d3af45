package org.bureaucrathackers.fellowship.practice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.post.NoteExtension;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * Practices on the wire: the Note of a status with a practice carries it ({@link PracticeProperties}); a remote
 * post that carries one is rebuilt into a full record, bounded and validated like local input but with faulty
 * parts dropped, never refused. An Update replaces the record (the one before is kept as a version); one that
 * no longer carries a practice removes it. Plain Notes stay plain posts.
 */
public final class PracticeNotes implements NoteExtension {

    private final PracticeStore store;
    private final Ids ids;
    private final Clock clock;

    public PracticeNotes(PracticeStore store, Ids ids, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void extend(ObjectNode note, Status status) {
        store.find(status.id()).map(PracticeNotes::practice).ifPresent(p -> PracticeProperties.write(note, p));
    }

    /** A practice's story is written from its record: edited alone, the two would drift apart. */
    @Override
    public boolean writesText(Status status) {
        return store.find(status.id()).isPresent();
    }

    @Override
    public void remoteStored(Status status, Account author, RemoteNote note) {
        Optional<PracticeRow> before = store.find(status.id());
        if (!PracticeProperties.carriesPractice(note.extensions()) || note.name() == null) {
            before.ifPresent(row -> store.remove(status.id()));
            return;
        }
        PracticeContent content;
        try {
            content = PracticeInput.lenient().content(PracticeProperties.toInput(note.extensions(), note.name()));
        } catch (InvalidPracticeException e) {
            before.ifPresent(row -> store.remove(status.id()));
            return;
        }
        List<String> coauthorUris = content.coauthors().stream().filter(PracticeNotes::isHttp).toList();
        List<String> names = new ArrayList<>();
        for (String uri : coauthorUris) {
            names.add(note.mentions().stream().filter(m -> uri.equals(m.href()) && m.name() != null).findFirst()
                    .map(m -> m.name().startsWith("@") ? m.name().substring(1) : m.name()).orElse(uri));
        }
        String community = content.community() != null && isHttp(content.community()) ? content.community() : null;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Practice practice = new Practice(status.id(), author.id(),
                content.resolved(names, content.adaptedFrom(), community), coauthorUris, community, now);
        before.ifPresent(row -> store.addVersion(ids.next(), row.statusId(), row.updatedAt(), row.document()));
        store.save(new PracticeRow(status.id(), author.id(), PracticeJson.stored(practice), now),
                PracticeIndex.of(practice));
    }

    static Practice practice(PracticeRow row) {
        return PracticeJson.fromStored(row.statusId(), row.accountId(), row.document(), row.updatedAt());
    }

    private static boolean isHttp(String text) {
        return text.startsWith("https://") || text.startsWith("http://");
    }
}
