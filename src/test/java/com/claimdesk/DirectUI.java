package com.claimdesk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A UI without a browser or a session for tests that have no Vaadin around them (the multi-node test): what is
 * pushed to it through {@link UI#access} runs at once on the caller's thread.
 */
public class DirectUI extends UI {

    @Override
    public Future<Void> access(Command command) {
        command.execute();
        return CompletableFuture.completedFuture(null);
    }
}
