package com.claimdesk.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the lead records: the rating, a comment and, optionally, a lesson for the checklist. */
public class ReviewForm {

    @NotNull(message = "{field.required}")
    private Rating rating;

    @Size(max = 2000, message = "{field.tooLong}")
    private String comment;

    /** Null: no lesson from this case. */
    @Size(max = 200, message = "{field.tooLong}")
    private String lessonTitle;

    @Size(max = 2000, message = "{field.tooLong}")
    private String lessonBody;

    public Rating getRating() { return rating; }
    public void setRating(Rating rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getLessonTitle() { return lessonTitle; }
    public void setLessonTitle(String lessonTitle) { this.lessonTitle = lessonTitle; }
    public String getLessonBody() { return lessonBody; }
    public void setLessonBody(String lessonBody) { this.lessonBody = lessonBody; }

    public boolean wantsLesson() {
        return lessonTitle != null && !lessonTitle.isBlank();
    }
}
