package io.migsh.imap;

/** The Exchange exception class names the engine reports as FailureType, and their fixed texts. */
public final class FailureTypes {
    public static final String MIGRATION_PERMANENT = "MigrationPermanentException";
    public static final String MIGRATION_TRANSIENT = "MigrationTransientException";
    public static final String COMMUNICATION_ERROR_TRANSIENT = "CommunicationErrorTransientException";
    public static final String TOO_MANY_LARGE_ITEMS = "TooManyLargeItemsPermanentException";
    public static final String TOO_MANY_BAD_ITEMS = "TooManyBadItemsPermanentException";

    /** Exchange's text for a refused login, before the server's own answer. */
    public static final String LOGIN_FAILED_PREFIX = "Unable to log into account. --> Unable to log into account. "
            + "--> The username or password for this account is incorrect, or IMAP access is disabled. --> ";
    public static final String TOO_MANY_LARGE_ITEMS_TEXT =
            "This mailbox exceeded the maximum number of large items that were specified for this request.";
    public static final String TOO_MANY_BAD_ITEMS_TEXT =
            "This mailbox exceeded the maximum number of corrupted items that were specified for this move request.";

    private FailureTypes() {
    }
}
