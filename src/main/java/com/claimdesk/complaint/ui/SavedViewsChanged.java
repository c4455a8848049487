package com.claimdesk.complaint.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user saved, renamed or deleted a saved view: the menu lists them anew. */
class SavedViewsChanged extends ComponentEvent<UI> {

    SavedViewsChanged(UI ui) {
        super(ui, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new SavedViewsChanged(ui));
        }
    }
}
