package io.migsh.migration;

import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.SyncOptions;

/** What New-SyncRequest -Imap was given; name null means Exchange's default "Sync". */
public record SyncRequestSpec(String mailbox, String name, ImapServerSettings server, String remoteEmailAddress,
        String userName, char[] password, SyncOptions options, boolean suspend, String suspendComment) {}
