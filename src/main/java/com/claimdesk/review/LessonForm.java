package com.claimdesk.review;

import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.RootCause;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lesson as a lead writes or edits it. */
public class LessonForm {

    @NotNull(message = "{field.required}")
    private Category category;

    @Size(max = 64, message = "{field.tooLong}")
    private String sku;

    @NotNull(message = "{field.required}")
    private RootCause rootCause;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String title;

    @Size(max = 2000, message = "{field.tooLong}")
    private String body;

    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku; }
    public RootCause getRootCause() { return rootCause; }
    public void setRootCause(RootCause rootCause) { this.rootCause = rootCause; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
