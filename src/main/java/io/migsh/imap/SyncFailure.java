package io.migsh.imap;

import java.time.Instant;

/**
 * One entry for Report.Failures, shaped like Exchange's FailureRec.
 *
 * @param failureType the Exchange exception class name, e.g. "MigrationPermanentException"
 * @param side        where it happened
 * @param context     the folder it concerns (its source path with '/' between levels), or null for the mailbox
 * @param message     the text, e.g. "Imap server sent NO response to SelectCommand. Response code: '', ..."
 * @param transientFailure whether it was retried (network, timeouts) rather than final
 */
public record SyncFailure(Instant timestamp, String failureType, FailureSide side, String context, String message,
                          boolean transientFailure) {
    /** "MigrationPermanentException: Unable to log into account. --> ...", as the Error property prints. */
    @Override
    public String toString() {
        return failureType + ": " + message;
    }
}
