package org.bureaucrathackers.fellowship.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Whom a status mentions and which hashtags it carries. */
public interface MentionTagStore {

    void replaceMentions(long statusId, List<Long> accountIds);

    /** Ids of the accounts {@code statusId} mentions or addresses, in the order stored. */
    List<Long> mentionedAccountIds(long statusId);

    /** Whether {@code statusId} mentions or addresses {@code accountId}. */
    boolean mentions(long statusId, long accountId);

    /** Mentioned account ids per status, for statuses that mention anyone. */
    Map<Long, List<Long>> mentionsOf(Collection<Long> statusIds);

    void replaceTags(long statusId, List<String> names);

    List<String> tags(long statusId);

    /** Hashtags per status, for statuses that have any. */
    Map<Long, List<String>> tagsOf(Collection<Long> statusIds);
}
