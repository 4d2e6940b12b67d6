package io.migsh.migration.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where target mailboxes live: an embedded Maildir store (one Maildir per mailbox under {@code edbFilePath}, named
 * by its primary address) or a real IMAP server, logged in to as each mailbox or as a master user on its behalf.
 * {@code masterPasswordSecret} is the sealed password, never the clear text.
 */
public record MailboxDatabase(UUID id, String name, DatabaseKind kind, String edbFilePath, ImapServerSettings server,
        String masterUser, String masterPasswordSecret, boolean isDefault, OffsetDateTime createdAt) {}
