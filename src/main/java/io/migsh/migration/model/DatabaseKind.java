package io.migsh.migration.model;

/** Where a mailbox database keeps its mailboxes: Maildir folders on disk, or a real IMAP server. */
public enum DatabaseKind {
    Maildir, Imap
}
