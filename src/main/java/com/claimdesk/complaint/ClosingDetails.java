package com.claimdesk.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What closing a case records: the root cause, who was responsible and, optionally, how to prevent it next time. */
public class ClosingDetails {

    public static final int MAX_NOTE = 2000;

    @NotNull(message = "{complaint.close.rootCauseRequired}")
    private RootCause rootCause;

    @NotNull(message = "{complaint.close.responsibilityRequired}")
    private Responsibility responsibility;

    @Size(max = MAX_NOTE, message = "{field.tooLong}")
    private String preventionNote;

    public ClosingDetails() {
    }

    public ClosingDetails(RootCause rootCause, Responsibility responsibility, String preventionNote) {
        this.rootCause = rootCause;
        this.responsibility = responsibility;
        this.preventionNote = preventionNote;
    }

    public RootCause getRootCause() { return rootCause; }
    public void setRootCause(RootCause rootCause) { this.rootCause = rootCause; }
    public Responsibility getResponsibility() { return responsibility; }
    public void setResponsibility(Responsibility responsibility) { this.responsibility = responsibility; }
    public String getPreventionNote() { return preventionNote; }
    public void setPreventionNote(String preventionNote) { this.preventionNote = preventionNote; }
}
