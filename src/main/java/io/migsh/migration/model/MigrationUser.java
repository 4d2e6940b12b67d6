package io.migsh.migration.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One CSV row of a batch: the target address and the source login. {@code passwordSecret} is sealed;
 * {@code requestId} is the sync request the user runs on once the batch has started.
 */
public record MigrationUser(UUID id, UUID batchId, String emailAddress, String userName, String passwordSecret,
        String userRoot, UserStatus status, UUID mailboxId, UUID requestId, OffsetDateTime lastSuccessfulSyncAt,
        OffsetDateTime lastSubscriptionCheckAt, int rowNumber, OffsetDateTime createdAt) {}
