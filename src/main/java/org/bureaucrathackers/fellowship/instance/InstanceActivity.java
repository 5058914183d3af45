package org.bureaucrathackers.fellowship.instance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the instance tells clients about itself beyond NodeInfo's counts: the servers it knows, how busy each
 * week was, and who to contact. Fellows are local Person accounts that are not deleted.
 */
public interface InstanceActivity {

    /** How many other servers this instance knows accounts of. */
    long knownDomains();

    /** The domains ({@code host[:port]}) of other servers this instance knows accounts of, sorted, at most {@code limit}. */
    List<String> peers(int limit);

    /** Statuses by local accounts posted at or after {@code from} and before {@code to}, deleted ones left out. */
    long localStatuses(Instant from, Instant to);

    /** Distinct fellows who signed in (were issued an access token) at or after {@code from} and before {@code to}. */
    long logins(Instant from, Instant to);

    /** Fellows who joined at or after {@code from} and before {@code to}. */
    long registrations(Instant from, Instant to);

    /** The longest-standing administrator among the fellows, if there is one: the instance's contact account. */
    Optional<Long> contactAccountId();
}
