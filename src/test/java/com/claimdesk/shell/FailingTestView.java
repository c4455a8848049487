package com.claimdesk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that always fails while opening, to check what users see when something breaks (tests only). */
@Route(value = "test/failing", autoLayout = false)
@AnonymousAllowed
class FailingTestView extends Div {

    FailingTestView() {
        throw new IllegalStateException("deliberate failure for the error view test");
    }
}
