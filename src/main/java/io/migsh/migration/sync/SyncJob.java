package io.migsh.migration.sync;

import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.SyncKind;
import java.util.UUID;

/**
 * One pass to run: which request (its RequestGuid is the engine's key for checkpoints), which kind of pass, the
 * source server and login, the target mailbox, the folders to copy, the item limits and how transient failures
 * are retried within the pass.
 */
public record SyncJob(UUID requestId, String requestName, SyncKind kind, ImapServerSettings source,
        SourceCredentials credentials, TargetMailbox target, FolderFilter folders, ItemLimits limits,
        RetryPolicy retries) {
    public SyncJob {
        if (retries == null) retries = RetryPolicy.DEFAULT;
    }
}
