package org.bureaucrathackers.fellowship.actor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.signature.PasswordHashes;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** Creates and finds local fellows and the instance actor. */
public final class FellowService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 256;
    public static final int MAX_DISPLAY_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private final AccountStore accounts;
    private final LocalUris uris;
    private final Ids ids;
    private final Clock clock;

    public FellowService(AccountStore accounts, LocalUris uris, Ids ids, Clock clock) {
        this.accounts = accounts;
        this.uris = uris;
        this.ids = ids;
        this.clock = clock;
    }

    /** What an operator asks for when creating a fellow. Optional parts may be null. */
    public record NewFellow(String username, String displayName, String password, String email, boolean admin) {
    }

    /** Creates a local fellow with fresh RSA-2048 and Ed25519 keys. */
    public Account create(NewFellow request) {
        String username = request.username();
        String problem = Usernames.problemWith(username, uris.domain());
        if (problem != null) {
            throw new InvalidFellowException(problem);
        }
        if (accounts.findLocal(username).isPresent()) {
            throw new InvalidFellowException("username '" + username + "' is already taken");
        }
        String displayName = request.displayName() == null ? username : request.displayName().strip();
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw new InvalidFellowException("display name is longer than " + MAX_DISPLAY_NAME + " characters");
        }
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        if (email != null) {
            if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
                throw new InvalidFellowException("'" + email + "' is not an e-mail address");
            }
            if (accounts.findLocalUserByEmail(email).isPresent()) {
                throw new InvalidFellowException("e-mail address '" + email + "' is already in use");
            }
        }
        String passwordHash = request.password() == null ? null : passwordHash(request.password());
        Instant now = now();
        long id = ids.next();
        Account account = new Account(id, username, "", uris.actor(username), uris.profile(username),
                Account.ActorType.Person, displayName, "", false, true, true, null, null,
                uris.inbox(username), uris.sharedInbox(), uris.outbox(username), uris.followers(username),
                uris.following(username), uris.featured(username), now, now, null, List.of());
        LocalUser user = new LocalUser(id, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                passwordHash, request.admin(), now);
        accounts.insertLocal(account, user, freshKeys(id, uris.mainKey(username), uris.ed25519Key(username)));
        return account;
    }

    /** Gives a local fellow a new password (for signing in from apps); only its Argon2id hash is stored. */
    public void setPassword(Account fellow, String password) {
        if (!fellow.isLocal() || fellow.actorType() != Account.ActorType.Person) {
            throw new InvalidFellowException("only local fellows have passwords");
        }
        if (!accounts.updatePasswordHash(fellow.id(), passwordHash(password))) {
            throw new InvalidFellowException("'" + fellow.username() + "' has no credentials to change");
        }
    }

    private static String passwordHash(String password) {
        int length = password.length();
        if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
            throw new InvalidFellowException("password must be " + MIN_PASSWORD_LENGTH + " to "
                    + MAX_PASSWORD_LENGTH + " characters long");
        }
        return PasswordHashes.hash(password);
    }

    /** The instance actor (FEP-2677), created on first use. It signs server-initiated fetches. */
    public Account instanceActor() {
        Optional<Account> existing = accounts.findByUri(uris.instanceActor());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = now();
        long id = ids.next();
        Account actor = new Account(id, uris.domain(), "", uris.instanceActor(), uris.home(),
                Account.ActorType.Application, uris.domain(), "", true, false, false, null, null,
                uris.instanceActorInbox(), uris.sharedInbox(), uris.instanceActorOutbox(), null, null, null,
                now, now, null, List.of());
        try {
            accounts.insertLocal(actor, null, freshKeys(id, uris.instanceActorKey(), uris.instanceActor() + "#ed25519-key"));
            return actor;
        } catch (RuntimeException raced) {
            // Another process (the CLI beside a running server) may have created it first.
            return accounts.findByUri(uris.instanceActor()).orElseThrow(() -> raced);
        }
    }

    public Optional<Account> findLocal(String username) {
        return accounts.findLocal(username);
    }

    public List<Account> list(int offset, int limit) {
        return accounts.listLocalFellows(offset, limit);
    }

    public long count() {
        return accounts.countLocalFellows();
    }

    private static List<StoredKey> freshKeys(long accountId, String rsaKeyId, String edKeyId) {
        return LocalKeys.fresh(accountId, rsaKeyId, edKeyId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
