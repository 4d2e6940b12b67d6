package io.migsh.imap;

/** The sync journal could not be read or written; the sync stops, since it can no longer promise exactly-once. */
public class SyncJournalException extends RuntimeException {
    public SyncJournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
