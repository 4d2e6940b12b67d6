package io.migsh.migration.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A sync request: one mailbox synchronised from one IMAP account, created by hand (New-SyncRequest) or for a
 * migration user when its batch starts. {@code id} is the RequestGuid.
 */
public record SyncRequest(UUID id, String name, UUID mailboxId, UUID batchId, UUID userId, UUID endpointId,
        RequestStatus status, SyncKind nextKind, ImapServerSettings server, SourceLogin login, SyncOptions options,
        String suspendComment, OffsetDateTime nextSyncAt, OffsetDateTime createdAt, OffsetDateTime lastUpdateAt,
        OffsetDateTime completedAt, OffsetDateTime initialSyncCompletedAt, SyncCounters counters,
        FailureRecord failure) {}
