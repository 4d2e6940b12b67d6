package io.migsh.cmdlets.migration;

import io.migsh.migration.RequestWorkflow;
import io.migsh.migration.Timeline;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.SyncRequest;
import io.migsh.runtime.PsObject;
import java.time.Duration;

/** Sync requests and their statistics as MRS's SyncRequest and SyncRequestStatistics objects. */
final class RequestObjects {
    static final String REQUEST = "Microsoft.Exchange.Management.RecipientTasks.SyncRequest";
    static final String STATISTICS = "Microsoft.Exchange.Management.RecipientTasks.SyncRequestStatistics";

    private RequestObjects() {}

    static PsObject request(SyncRequest q, Mailbox m, MailboxDatabase db, String batchName) {
        PsObject o = ExchangeObjects.configurable(REQUEST, "Microsoft.Exchange.Management.RecipientTasks.RequestBase");
        o.add("Name", q.name());
        o.add("Mailbox", m.name());
        o.add("Status", q.status());
        o.add("RemoteServerName", q.server().host());
        o.add("RequestGuid", q.id());
        o.add("RequestQueue", db.name());
        o.add("Flags", "CrossOrg, Pull");
        o.add("BatchName", batchName == null ? "" : batchName);
        o.add("RequestStyle", "CrossOrg");
        o.add("Direction", "Pull");
        o.add("Suspend", q.status() == RequestStatus.Suspended);
        o.add("WorkloadType", "Onboarding");
        o.add("Identity", RequestWorkflow.identity(m, q));
        ExchangeObjects.finish(o);
        return o.withToString(RequestWorkflow.identity(m, q));
    }

    /** What MRS shows as StatusDetail for the request's status and the pass it runs or waits for. */
    static String statusDetail(SyncRequest q) {
        return switch (q.status()) {
            case InProgress -> switch (q.nextKind()) {
                case Initial -> "CopyingMessages";
                case Incremental -> "IncrementalSync";
                case Final -> "Finalization";
            };
            case Failed -> "FailedOther";
            case Queued -> q.nextKind() == SyncKind.Initial && q.initialSyncCompletedAt() == null ? "Queued"
                    : "IncrementalSync";
            default -> q.status().name();
        };
    }

    static PsObject statistics(SyncRequest q, Mailbox m, MailboxDatabase db, String batchName, Timeline t,
            String serverName, PsObject report, String diagnosticInfo) {
        SyncCounters c = q.counters();
        FailureRecord f = q.failure();
        PsObject o = ExchangeObjects.configurable(STATISTICS,
                "Microsoft.Exchange.Management.RecipientTasks.RequestStatisticsBase");
        o.add("Name", q.name());
        o.add("Status", q.status());
        o.add("StatusDetail", statusDetail(q));
        o.add("SyncStage", q.status() == RequestStatus.Completed ? "SyncFinished"
                : q.initialSyncCompletedAt() != null ? "IncrementalSync" : "None");
        o.add("Flags", "CrossOrg, Pull");
        o.add("RequestStyle", "CrossOrg");
        o.add("Direction", "Pull");
        o.add("Protect", Boolean.FALSE);
        o.add("Priority", "Normal");
        o.add("WorkloadType", "Onboarding");
        o.add("Suspend", q.status() == RequestStatus.Suspended);
        o.add("SuspendComment", q.suspendComment());
        o.add("RecipientTypeDetails", "UserMailbox");
        o.add("TargetAlias", m.alias());
        o.add("TargetIsArchive", Boolean.FALSE);
        o.add("TargetExchangeGuid", m.id());
        o.add("TargetRootFolder", q.options().targetRootFolder());
        o.add("TargetDatabase", db.name());
        o.add("TargetServer", serverName);
        o.add("TargetMailboxIdentity", m.name());
        o.add("IncludeFolders", ExchangeObjects.list(q.options().includeFolders()));
        o.add("ExcludeFolders", ExchangeObjects.list(q.options().excludeFolders()));
        o.add("BatchName", batchName == null ? "" : batchName);
        o.add("StartAfter", ExchangeObjects.local(q.options().startAfter()));
        o.add("CompleteAfter", ExchangeObjects.local(q.options().completeAfter()));
        o.add("BadItemLimit", q.options().badItemLimit());
        o.add("BadItemsEncountered", c.badItemsEncountered());
        o.add("LargeItemLimit", q.options().largeItemLimit());
        o.add("LargeItemsEncountered", c.largeItemsEncountered());
        o.add("QueuedTimestamp", ExchangeObjects.local(q.createdAt()));
        o.add("StartTimestamp", ExchangeObjects.local(firstStart(t)));
        o.add("LastUpdateTimestamp", ExchangeObjects.local(q.lastUpdateAt()));
        o.add("LastSuccessfulSyncTimestamp", ExchangeObjects.local(q.initialSyncCompletedAt()));
        o.add("CompletionTimestamp", ExchangeObjects.local(q.completedAt()));
        o.add("SuspendedTimestamp", ExchangeObjects.local(lastEntered(t, "Suspended")));
        o.add("NextSyncTimestamp", ExchangeObjects.local(q.nextSyncAt()));
        o.add("OverallDuration", t.overall());
        o.add("TotalSuspendedDuration", t.timeIn("Suspended"));
        o.add("TotalFailedDuration", t.timeIn("Failed"));
        o.add("TotalQueuedDuration", t.timeIn("Queued"));
        o.add("TotalInProgressDuration", t.timeIn("InProgress"));
        o.add("TotalIdleDuration", t.timeIn("Synced"));
        o.add("TotalTransientFailureDuration", Duration.ZERO);
        o.add("MRSServerName", serverName);
        o.add("EstimatedTransferSize", new ByteQuantifiedSize(c.estimatedTransferSize()));
        o.add("EstimatedTransferItemCount", c.estimatedTransferCount());
        o.add("BytesTransferred", new ByteQuantifiedSize(c.bytesTransferred()));
        long minutes = Math.max(1, t.timeIn("InProgress").toMinutes());
        o.add("BytesTransferredPerMinute", new ByteQuantifiedSize(c.bytesTransferred() / minutes));
        o.add("ItemsTransferred", c.itemsSynced());
        o.add("PercentComplete", q.status() == RequestStatus.Synced || q.status() == RequestStatus.Completed ? 100
                : c.percentComplete());
        o.add("FailureCode", f == null ? null : f.failureCode());
        o.add("FailureType", f == null ? null : f.failureType());
        o.add("FailureSide", f == null ? null : f.failureSide());
        o.add("Message", f == null ? "" : f.errorText());
        o.add("FailureTimestamp", f == null ? null : ExchangeObjects.local(f.timestamp()));
        o.add("RequestGuid", q.id());
        o.add("RequestQueue", db.name());
        o.add("Identity", RequestWorkflow.identity(m, q));
        o.add("RemoteServerName", q.server().host());
        o.add("RemoteServerPort", q.server().port());
        o.add("SecurityMechanism", q.server().security());
        o.add("AuthenticationMethod", q.server().authentication());
        o.add("SyncProtocol", "Imap");
        o.add("EmailAddress", q.login().remoteEmailAddress());
        o.add("IncrementalSyncInterval", q.options().incrementalSyncInterval());
        o.add("DiagnosticInfo", diagnosticInfo);
        o.add("Report", report);
        ExchangeObjects.finish(o);
        return o.withToString(RequestWorkflow.identity(m, q));
    }

    private static java.time.OffsetDateTime firstStart(Timeline t) {
        return t.changes().stream().filter(c -> c.toStatus().equals("InProgress")).map(c -> c.at()).findFirst()
                .orElse(null);
    }

    private static java.time.OffsetDateTime lastEntered(Timeline t, String status) {
        java.time.OffsetDateTime at = null;
        for (var c : t.changes()) if (c.toStatus().equals(status)) at = c.at();
        return at;
    }
}
