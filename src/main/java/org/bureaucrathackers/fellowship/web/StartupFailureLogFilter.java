package org.bureaucrathackers.fellowship.web;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops Javalin's own "Failed to start" log line: {@link WebServer#start} turns that failure into one clear
 * message for the operator, so the log line would only repeat it as noise.
 */
public final class StartupFailureLogFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if ("io.javalin.Javalin".equals(event.getLoggerName())
                && String.valueOf(event.getMessage()).startsWith("Failed to start Javalin")) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
