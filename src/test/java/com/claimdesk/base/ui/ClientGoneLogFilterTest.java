package com.claimdesk.base.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What Vaadin logs when a browser drops its push connection, through the installed filter. */
class ClientGoneLogFilterTest {

    private final Logger push = (Logger) LoggerFactory.getLogger(ClientGoneLogFilter.PUSH_LOGGER);
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();
    private Level before;

    @BeforeEach
    void listen() {
        ClientGoneLogFilter.install();
        before = push.getLevel();
        push.setLevel(Level.DEBUG);
        seen.start();
        push.addAppender(seen);
    }

    @AfterEach
    void stopListening() {
        push.detachAppender(seen);
        push.setLevel(before);
    }

    @Test
    void a_browser_that_went_away_is_logged_at_debug_not_as_an_error() {
        // Tomcat's wording when the browser closed without a WebSocket close frame
        push.error(ClientGoneLogFilter.PUSH_MESSAGE,
                new IOException(new ExecutionException(new EOFException())));
        push.error(ClientGoneLogFilter.PUSH_MESSAGE, new IOException("Broken pipe"));
        push.error(ClientGoneLogFilter.PUSH_MESSAGE, new IOException("Connection reset by peer"));
        // seen in AppAsStartedE2ETest: a presence update pushed to a page whose browser had just closed
        push.error(ClientGoneLogFilter.PUSH_MESSAGE, new IllegalStateException(
                "Message will not be sent because the WebSocket session has been closed"));

        assertThat(seen.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.DEBUG).hasSize(4);
    }

    @Test
    void atmosphere_cancelling_the_push_of_a_browser_that_went_away_is_logged_at_debug() {
        var cancel = (Logger) LoggerFactory.getLogger(ClientGoneLogFilter.CANCEL_LOGGER);
        Level was = cancel.getLevel();
        var cancelSeen = new ListAppender<ILoggingEvent>();
        cancelSeen.start();
        cancel.addAppender(cancelSeen);
        cancel.setLevel(Level.DEBUG);
        try {
            // how AsynchronousProcessor logs it: the exception as the last argument
            cancel.error(ClientGoneLogFilter.CANCEL_MESSAGE, "f4290adf", new IllegalStateException(
                    "The remote endpoint was in state [TEXT_FULL_WRITING] which is an invalid state for called method"));
            cancel.error(ClientGoneLogFilter.CANCEL_MESSAGE, "f4290adf", new NullPointerException());
        } finally {
            cancel.detachAppender(cancelSeen);
            cancel.setLevel(was);
        }
        assertThat(cancelSeen.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG, Level.ERROR);
    }

    @Test
    void any_other_failure_of_a_push_connection_stays_an_error() {
        push.error(ClientGoneLogFilter.PUSH_MESSAGE, new IllegalStateException("session lock"));
        push.error("Something else", new EOFException());

        assertThat(seen.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR, Level.ERROR);
    }

    @Test
    void installing_twice_adds_one_filter() {
        ClientGoneLogFilter.install();
        var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getTurboFilterList()).filteredOn(ClientGoneLogFilter.class::isInstance).hasSize(1);
    }
}
