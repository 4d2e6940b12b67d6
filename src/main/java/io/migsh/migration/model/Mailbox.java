package io.migsh.migration.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A target mailbox. {@code id} is its ExchangeGuid; {@code passwordSecret} is the sealed password used to log in to
 * an IMAP database as the mailbox.
 */
public record Mailbox(UUID id, String name, String alias, String displayName, String primarySmtpAddress,
        String microsoftOnlineServicesId, UUID databaseId, String passwordSecret, ByteQuantifiedSize maxReceiveSize,
        ByteQuantifiedSize maxSendSize, OffsetDateTime createdAt) {

    /** Exchange Online's defaults: 36 MB receive is often quoted as 35 MB; the issue fixes 35 MB for both. */
    public static final ByteQuantifiedSize DEFAULT_MAX_SIZE = ByteQuantifiedSize.ofMegabytes(35);
    /** The most an admin may set (Exchange Online's plan maximum). */
    public static final ByteQuantifiedSize MAX_SIZE_CAP = ByteQuantifiedSize.ofMegabytes(150);

    public Mailbox withMaxReceiveSize(ByteQuantifiedSize size) {
        return new Mailbox(id, name, alias, displayName, primarySmtpAddress, microsoftOnlineServicesId, databaseId,
                passwordSecret, size, maxSendSize, createdAt);
    }

    public Mailbox withMaxSendSize(ByteQuantifiedSize size) {
        return new Mailbox(id, name, alias, displayName, primarySmtpAddress, microsoftOnlineServicesId, databaseId,
                passwordSecret, maxReceiveSize, size, createdAt);
    }

    public Mailbox withNames(String newName, String newAlias, String newDisplayName) {
        return new Mailbox(id, newName, newAlias, newDisplayName, primarySmtpAddress, microsoftOnlineServicesId,
                databaseId, passwordSecret, maxReceiveSize, maxSendSize, createdAt);
    }

    public Mailbox withPasswordSecret(String secret) {
        return new Mailbox(id, name, alias, displayName, primarySmtpAddress, microsoftOnlineServicesId, databaseId,
                secret, maxReceiveSize, maxSendSize, createdAt);
    }
}
