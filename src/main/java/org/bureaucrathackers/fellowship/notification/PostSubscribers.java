package org.bureaucrathackers.fellowship.notification;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;

/** The local fellows who follow an account and asked to be notified of each of its posts (bounded). */
@FunctionalInterface
public interface PostSubscribers {

    List<Account> of(Account author);
}
