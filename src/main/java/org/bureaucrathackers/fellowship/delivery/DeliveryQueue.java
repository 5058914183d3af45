package org.bureaucrathackers.fellowship.delivery;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.fetch.BlockedHosts;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues an activity for delivery: one job per distinct inbox, written in the caller's transaction so the
 * state change and its deliveries commit together. A {@link DeliveryWorker} sends them.
 */
public final class DeliveryQueue {

    /** E3: Misskey refuses inbox bodies over 64 KiB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final int MAX_ACTIVITY_ID_LENGTH = 2048;
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryQueue.class);

    private final Transactions transactions;
    private final DeliveryJobStore jobs;
    private final Ids ids;
    private final Clock clock;
    private final BlockedHosts blocked;

    public DeliveryQueue(Transactions transactions, DeliveryJobStore jobs, Ids ids, Clock clock) {
        this(transactions, jobs, ids, clock, BlockedHosts.NONE);
    }

    /** @param blocked hosts nothing is queued for (X17); the transport refuses them too, should a block come later */
    public DeliveryQueue(Transactions transactions, DeliveryJobStore jobs, Ids ids, Clock clock, BlockedHosts blocked) {
        this.transactions = transactions;
        this.jobs = jobs;
        this.ids = ids;
        this.clock = clock;
        this.blocked = blocked;
    }

    /**
     * Queues {@code body} for each distinct inbox, due now. Inboxes already queued for this activity, URLs that
     * are not absolute http(s) URLs and inboxes on blocked domains are skipped.
     *
     * @return how many jobs were queued
     * @throws ActivityTooLargeException if the body is over {@link #MAX_BODY_BYTES}
     * @throws IllegalArgumentException  if the activity id is missing or the body is not UTF-8
     */
    public int enqueue(long senderAccountId, String activityId, byte[] body, Collection<String> inboxUrls) {
        if (activityId == null || activityId.isBlank() || activityId.length() > MAX_ACTIVITY_ID_LENGTH) {
            throw new IllegalArgumentException("an outgoing activity needs an id of at most "
                    + MAX_ACTIVITY_ID_LENGTH + " characters");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new ActivityTooLargeException(activityId, body.length, MAX_BODY_BYTES);
        }
        String text = utf8(activityId, body);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<DeliveryJob> fresh = new ArrayList<>();
        for (Map.Entry<String, String> inbox : distinctInboxes(activityId, inboxUrls).entrySet()) {
            if (blocked.isBlocked(inbox.getValue())) {
                LOG.debug("not delivering {} to {}: its domain is blocked", activityId, inbox.getKey());
                continue;
            }
            fresh.add(new DeliveryJob(ids.next(), senderAccountId, activityId, inbox.getKey(), inbox.getValue(), text,
                    DeliveryState.PENDING, 0, now, null, null, null, now, null));
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        return transactions.inTransaction(() -> jobs.insertNew(fresh));
    }

    /** Usable inbox URLs, each once, mapped to their host. */
    private static Map<String, String> distinctInboxes(String activityId, Collection<String> inboxUrls) {
        Map<String, String> hostByInbox = new LinkedHashMap<>();
        for (String url : inboxUrls) {
            Optional<URI> inbox = InboxUrls.parse(url);
            if (inbox.isEmpty()) {
                LOG.warn("not delivering {} to '{}': not an http(s) inbox URL", activityId, url);
                continue;
            }
            hostByInbox.putIfAbsent(url, InboxUrls.hostOf(inbox.get()));
        }
        return hostByInbox;
    }

    private static String utf8(String activityId, byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("activity " + activityId + " is not UTF-8 JSON", e);
        }
    }
}
