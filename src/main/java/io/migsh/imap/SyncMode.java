package io.migsh.imap;

/**
 * Why a sync runs. The engine's work is the same either way (the journal says what is done), so an interrupted
 * initial sync simply resumes; the mode is reported back and decides nothing else.
 */
public enum SyncMode {
    /** The first sync of a mailbox, or its resumption. */
    INITIAL,
    /** A later sync that copies what arrived since (every 24 hours, -SyncNow, the final sync on completion). */
    INCREMENTAL
}
