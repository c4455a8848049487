package com.claimdesk.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    /** Reads the index of the foreign key fk_lesson_complaint (V014). */
    List<Lesson> findByComplaintIdInAndActiveTrueOrderByIdAsc(Collection<Long> complaintIds);
}
