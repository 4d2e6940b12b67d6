package io.migsh.migration.model;

import io.migsh.runtime.DotNetName;

/** The Mailbox Replication Service's RequestStatus, which sync requests carry. */
@DotNetName("Microsoft.Exchange.MailboxReplicationService.RequestStatus")
public enum RequestStatus {
    None, Queued, InProgress, AutoSuspended, CompletionInProgress, Synced, Completed, CompletedWithWarning,
    Suspended, Failed
}
