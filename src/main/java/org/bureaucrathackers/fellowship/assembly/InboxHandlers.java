package org.bureaucrathackers.fellowship.assembly;

import static org.bureaucrathackers.fellowship.inbox.HandlerTable.ANY;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.inbox.HandlerTable;
import org.bureaucrathackers.fellowship.inbox.handlers.AnnounceHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.BlockHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.CreateNoteHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.DeleteHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.FlagHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.FollowAnswerHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.FollowHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.LikeHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.Lookups;
import org.bureaucrathackers.fellowship.inbox.handlers.MoveHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.Relevance;
import org.bureaucrathackers.fellowship.inbox.handlers.ReplyParents;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoAnnounceHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoBlockHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoByIdHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoFollowHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UndoLikeHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UpdateActorHandler;
import org.bureaucrathackers.fellowship.inbox.handlers.UpdateNoteHandler;
import org.bureaucrathackers.fellowship.store.JooqReportStore;
import org.bureaucrathackers.fellowship.vocab.NoteReader;

/** Which handler runs for which incoming activity: the one visible table (DESIGN: incoming activity, step 7). */
final class InboxHandlers {

    private InboxHandlers() {
    }

    static HandlerTable table(Foundation base, Federation federation, Features features, Lookups lookups) {
        var follows = features.follows;
        var receivedFollows = features.receivedFollows;
        var blocking = features.blocking;
        var interactions = features.interactions;
        var remoteNotes = features.remoteNotes;
        var remoteActors = federation.remoteActors;
        var reports = new JooqReportStore(base.database);
        Relevance relevance = new Relevance(lookups, follows);
        ReplyParents parents = new ReplyParents(lookups, remoteNotes);
        HandlerTable table = new HandlerTable()
                .on("Follow", ANY, new FollowHandler(lookups, receivedFollows))
                .on("Accept", ANY, FollowAnswerHandler.accept(lookups, receivedFollows))
                .on("Reject", ANY, FollowAnswerHandler.reject(lookups, receivedFollows))
                .on("Undo", "Follow", new UndoFollowHandler(lookups, receivedFollows))
                .on("Like", ANY, new LikeHandler(lookups, interactions))
                .on("Undo", "Like", new UndoLikeHandler(lookups, interactions))
                .on("Announce", ANY, new AnnounceHandler(lookups, relevance, remoteNotes, interactions))
                .on("Undo", "Announce", new UndoAnnounceHandler(lookups, interactions))
                .on("Undo", ANY, new UndoByIdHandler(lookups, receivedFollows, interactions))
                .on("Delete", ANY, new DeleteHandler(lookups, remoteNotes, remoteActors))
                .on("Block", ANY, new BlockHandler(lookups, blocking))
                .on("Undo", "Block", new UndoBlockHandler(lookups, blocking))
                .on("Flag", ANY, new FlagHandler(lookups, reports, base.ids, base.clock))
                .on("Move", ANY, new MoveHandler(lookups, remoteActors))
                // A Create naming its object only by id: fetched, then read as a post or refused.
                .on("Create", ANY, new CreateNoteHandler(lookups, relevance, remoteNotes, parents));
        for (String postType : NoteReader.POST_TYPES) {
            table.on("Create", postType, new CreateNoteHandler(lookups, relevance, remoteNotes, parents))
                    .on("Update", postType, new UpdateNoteHandler(lookups, relevance, remoteNotes));
        }
        for (Account.ActorType actorType : Account.ActorType.values()) {
            table.on("Update", actorType.name(), new UpdateActorHandler(remoteActors));
        }
        return table;
    }
}
