package io.migsh.imap;

/** How a sync ended. */
public enum SyncOutcome {
    /** Every folder was synced (some items may have been skipped within the limits). */
    COMPLETED,
    /** Every folder that could be read was synced; one or more folders failed (e.g. the server refused SELECT). */
    COMPLETED_WITH_ERRORS,
    /** The stop flag was raised; what was copied is recorded, the next sync continues from there. */
    STOPPED,
    /** The user fails: bad login, too many large or bad items, transient errors past the retry limit. */
    FAILED
}
