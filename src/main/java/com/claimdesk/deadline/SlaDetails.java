package com.claimdesk.deadline;

import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** An SLA policy as the admin edits it; {@code id} null for a new one, {@code marketplace} null for any. */
public record SlaDetails(@Nullable Long id, @NotNull Priority priority, @Nullable Marketplace marketplace,
                      @Min(1) @Max(SlaPolicy.MAX_HOURS) int firstResponseHours,
                      @Min(1) @Max(SlaPolicy.MAX_HOURS) int resolutionHours, @NotNull Counting counting, long version) {
}
