package com.claimdesk.deadline;

import com.claimdesk.complaint.Marketplace;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A marketplace rule as the admin edits it; {@code id} null for a new one. {@code marketplace} null: any. */
public record RuleDetails(@Nullable Long id, @Nullable Marketplace marketplace, @NotNull PlatformEvent event,
                          @NotNull DeadlineKind deadlineKind,
                       @Min(1) @Max(MarketplaceRule.MAX_OFFSET) int offset, @NotNull OffsetUnit unit,
                       @NotNull Counting counting, boolean active, long version) {
}
