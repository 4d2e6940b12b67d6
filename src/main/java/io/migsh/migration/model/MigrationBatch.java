package io.migsh.migration.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A migration batch: a named set of users migrated from one endpoint, with its status and milestones. */
public record MigrationBatch(UUID id, String name, BatchStatus status, UUID sourceEndpointId, BatchOptions options,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime initialSyncAt, Duration initialSyncDuration,
        OffsetDateTime lastSyncedAt, OffsetDateTime finalizedAt, String submittedBy, String message) {

    /** The longest batch name Exchange accepts. */
    public static final int MAX_NAME_LENGTH = 64;
}
