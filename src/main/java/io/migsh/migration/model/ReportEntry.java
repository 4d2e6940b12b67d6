package io.migsh.migration.model;

import java.time.OffsetDateTime;

/** A line of a request's report (MRS ReportEntry); failure entries carry the FailureRec as well. */
public record ReportEntry(OffsetDateTime timestamp, String message, FailureRecord failure) {
    public static ReportEntry info(OffsetDateTime at, String message) {
        return new ReportEntry(at, message, null);
    }
}
