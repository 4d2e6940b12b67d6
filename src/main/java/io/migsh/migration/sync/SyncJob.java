package io.migsh.migration.sync;

import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.SyncKind;
import java.util.UUID;

/**
 * One pass to run: which request (its RequestGuid is the engine's key for checkpoints), which kind of pass, the
 * source server and login, the target mailbox, the folders to copy and the item limits.
 */
public record SyncJob(UUID requestId, String requestName, SyncKind kind, ImapServerSettings source,
        SourceCredentials credentials, TargetMailbox target, FolderFilter folders, ItemLimits limits) {}
