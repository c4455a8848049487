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
 * Jetty's wording of the same event. Atmosphere does the same when it cancels such a browser's push resource while a
 * push is being written ("Failed to cancel resource", the endpoint busy writing), seen with the production jar. This filter logs exactly that case at DEBUG, so an ERROR in the log keeps
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

    /** Atmosphere, when it cancels the push resource of a browser that went away while a push was being written. */
    static final String CANCEL_LOGGER = "org.atmosphere.cpr.AsynchronousProcessor";
    static final String CANCEL_MESSAGE = "Failed to cancel resource: {}";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level != Level.ERROR || format == null) {
            return FilterReply.NEUTRAL;
        }
        boolean pushFailed = PUSH_MESSAGE.equals(format) && PUSH_LOGGER.equals(logger.getName());
        boolean cancelFailed = CANCEL_MESSAGE.equals(format) && CANCEL_LOGGER.equals(logger.getName());
        // SLF4J passes a trailing exception among the arguments when the message has placeholders
        Throwable error = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last
                : null;
        if ((pushFailed || cancelFailed) && clientWentAway(error)) {
            logger.debug("Push connection closed by the browser: {}", String.valueOf(error));
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    static boolean clientWentAway(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EOFException || c instanceof ClosedChannelException) {
                return true;
            }
            if (c instanceof IllegalStateException && (String.valueOf(c.getMessage())
                    .contains("WebSocket session has been closed") || String.valueOf(c.getMessage())
                    .contains("remote endpoint was in state"))) {
                // Tomcat, when a push is written to a browser that has just gone, or while its socket is closed
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
