package org.bureaucrathackers.fellowship.post;

import java.util.List;
import java.util.function.Consumer;
import org.bureaucrathackers.fellowship.actor.Account;

/**
 * Content a feature wrote as HTML (a practice record's story) instead of a fellow's Markdown. Mentions,
 * hashtags and links in its text are linked as in any post; {@code alsoAddressed} are mentioned and addressed
 * besides (say, the author of a post it builds on), so they get the post. {@code source} is what clients show
 * as the post's source. {@code stored} runs in the post's transaction once the status is stored (or changed) and
 * before its activity is rendered and queued: where the feature writes its own rows, so the Note sent has them.
 */
public record Story(String html, String source, List<Account> alsoAddressed, Consumer<Status> stored) {

    public Story {
        alsoAddressed = List.copyOf(alsoAddressed);
    }
}
