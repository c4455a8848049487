package com.claimdesk.base.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/**
 * A browser that goes away (tab closed, laptop shut, network lost) ends its push WebSocket, often without a goodbye;
 * Tomcat then reports an {@link IOException} (end of stream, broken pipe, connection reset) or, when a push is
 * written to it a moment later, "the WebSocket session has been closed", and Vaadin logs either as
 * "Exception in push connection" at ERROR, with a stack trace, although nothing is wrong: Vaadin recognises only
 * Jetty's wording of the same event. This filter logs exactly that case at DEBUG, so an ERROR in the log keeps
 * meaning that something needs a person. Any other failure of a push connection stays an ERROR.
 */
final class ClientGoneLogFilter extends TurboFilter {

    static final String PUSH_LOGGER = "com.vaadin.flow.server.communication.PushAtmosphereHandler";
    static final String PUSH_MESSAGE = "Exception in push connection";

    /** Adds the filter to Logback once (it survives Spring Boot re-initialising the logging after start-up). */
    static synchronized void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        if (context.getTurboFilterList().stream().noneMatch(ClientGoneLogFilter.class::isInstance)) {
            var filter = new ClientGoneLogFilter();
            filter.setName("client-gone");
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == Level.ERROR && PUSH_MESSAGE.equals(format) && PUSH_LOGGER.equals(logger.getName())
                && clientWentAway(t)) {
            logger.debug("Push connection closed by the browser: {}", String.valueOf(t));
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    static boolean clientWentAway(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EOFException || c instanceof ClosedChannelException) {
                return true;
            }
            if (c instanceof IllegalStateException && String.valueOf(c.getMessage())
                    .contains("WebSocket session has been closed")) {
                // Tomcat, when a push is written to a browser that has just gone
                return true;
            }
            if (c instanceof IOException) {
                String message = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe") || message.contains("connection reset")
                        || message.contains("closed") || message.contains("abort")) {
                    return true;
                }
            }
        }
        return false;
    }
}
