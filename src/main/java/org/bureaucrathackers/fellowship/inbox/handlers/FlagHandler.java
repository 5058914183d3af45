package org.bureaucrathackers.fellowship.inbox.handlers;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.moderation.Report;
import org.bureaucrathackers.fellowship.moderation.ReportStore;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * Flag (P5): a report about a local account, named in {@code object} alongside the reported statuses (or found
 * as the author of the first local status). Reporters are usually instance actors; {@code content} is the
 * comment, kept as text up to 5 000 characters.
 */
public final class FlagHandler implements ActivityHandler {

    private static final int MAX_OBJECTS = Report.MAX_STATUSES + 1;

    private final Lookups lookups;
    private final ReportStore reports;
    private final Ids ids;
    private final Clock clock;

    public FlagHandler(Lookups lookups, ReportStore reports, Ids ids, Clock clock) {
        this.lookups = lookups;
        this.reports = reports;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        Account target = null;
        List<String> statusUris = new ArrayList<>();
        for (String id : JsonIds.idsOf(activity.document().get("object"), MAX_OBJECTS)) {
            Optional<Account> account = lookups.localAccount(id);
            if (account.isPresent()) {
                target = target == null ? account.get() : target;
                continue;
            }
            Optional<Status> status = lookups.isLocal(id) ? lookups.status(id) : Optional.empty();
            if (status.isPresent()) {
                statusUris.add(id);
                if (target == null) {
                    target = lookups.account(status.get().accountId()).orElse(null);
                }
            }
        }
        if (target == null) {
            throw new RefusedActivityException("Flag names no account or post of this instance");
        }
        Account reporter = lookups.actor(activity.actorId(), received.budget());
        String comment = HtmlSanitizer.text(activity.document().path("content").asText(""));
        reports.insert(new Report(ids.next(), reporter.id(), target.id(), statusUris, comment, activity.id(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }
}
