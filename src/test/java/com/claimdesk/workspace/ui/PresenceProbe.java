package com.claimdesk.workspace.ui;

import com.claimdesk.DirectUI;
import com.vaadin.flow.shared.Registration;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.function.Consumer;

/** For tests outside this package: a case page registering its presence on a node, as CaseWorkspaceView does. */
public final class PresenceProbe {

    private PresenceProbe() {
    }

    public static Registration open(ApplicationContext node, String caseNumber, long userId, String name,
                                    Consumer<List<String>> onChange) {
        return node.getBean(PresenceRegistry.class).open(caseNumber, new DirectUI(), userId, name, onChange);
    }

    public static List<String> othersViewing(ApplicationContext node, String caseNumber, long userId) {
        return node.getBean(PresenceRegistry.class).othersViewing(caseNumber, userId);
    }
}
