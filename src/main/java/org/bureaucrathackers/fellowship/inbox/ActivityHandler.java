package org.bureaucrathackers.fellowship.inbox;

/** Carries out one kind of activity. Handlers are idempotent: a job may run again after a crash (DL10). */
public interface ActivityHandler {

    void handle(ReceivedActivity received) throws Exception;
}
