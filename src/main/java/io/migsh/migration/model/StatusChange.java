package io.migsh.migration.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One recorded transition of a batch, user or request, for timelines and time-in-status durations. */
public record StatusChange(SubjectKind subjectKind, UUID subjectId, String fromStatus, String toStatus,
        OffsetDateTime at, String detail) {

    /** What kind of object changed. */
    public enum SubjectKind { Batch, User, Request }
}
