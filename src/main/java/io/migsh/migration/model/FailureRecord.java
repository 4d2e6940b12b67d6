package io.migsh.migration.model;

import java.time.OffsetDateTime;

/**
 * One failure as MRS records it (FailureRec): when, the exception type name admins search for, a code, which side
 * failed (Source or Target), the context (e.g. the folder) and the message.
 */
public record FailureRecord(OffsetDateTime timestamp, String failureType, int failureCode, String failureSide,
        String failureContext, String message) {

    /** The text Exchange shows for a user's Error: "Error: MigrationPermanentException: ...". */
    public String errorText() {
        return "Error: " + failureType + ": " + message;
    }
}
