package io.migsh.imap;

/** Where a source message stands in the sync journal. */
public enum MessageState {
    /** An append was started; whether it reached the target is unknown until reconciled. */
    INTENT,
    /** In the target, with its target reference. */
    COPIED,
    /** Skipped as a large item: over the size limit; copied by a later sync once the limit allows it. */
    LARGE,
    /** Skipped as a bad item: the target refused it or the source could not deliver it. */
    BAD
}
