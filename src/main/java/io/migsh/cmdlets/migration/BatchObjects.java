package io.migsh.cmdlets.migration;

import io.migsh.migration.BatchCounts;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.runtime.PsObject;
import java.util.List;
import java.util.Locale;

/** A migration batch as Exchange's MigrationBatch object, its properties in Exchange's order. */
final class BatchObjects {
    static final String BATCH = "Microsoft.Exchange.Data.Storage.Management.MigrationBatch";

    private BatchObjects() {}

    static PsObject batch(MigrationBatch b, BatchCounts c, MigrationEndpoint source, PsObject report,
            String diagnosticInfo) {
        BatchOptions o = b.options();
        PsObject x = ExchangeObjects.configurable(BATCH);
        x.add("Identity", b.name());
        x.add("Status", b.status());
        x.add("BatchGuid", b.id());
        x.add("TotalCount", c.total());
        x.add("ActiveCount", c.active());
        x.add("StoppedCount", c.stopped());
        x.add("SyncedCount", c.synced());
        x.add("FinalizedCount", c.finalized());
        x.add("FailedCount", c.failed());
        x.add("FailedInitialSyncCount", c.failedInitial());
        x.add("FailedIncrementalSyncCount", c.failedIncremental());
        x.add("PendingCount", c.pending());
        x.add("ProvisionedCount", 0);
        x.add("ValidationWarningCount", 0);
        x.add("ValidationWarnings", ExchangeObjects.list(List.of()));
        x.add("Message", b.message() == null ? "" : b.message());
        x.add("CreationDateTime", ExchangeObjects.local(b.createdAt()));
        x.add("CreationDateTimeUTC", ExchangeObjects.utc(b.createdAt()));
        x.add("StartDateTime", ExchangeObjects.local(b.startedAt()));
        x.add("StartDateTimeUTC", ExchangeObjects.utc(b.startedAt()));
        x.add("InitialSyncDateTime", ExchangeObjects.local(b.initialSyncAt()));
        x.add("InitialSyncDateTimeUTC", ExchangeObjects.utc(b.initialSyncAt()));
        x.add("InitialSyncDuration", b.initialSyncDuration());
        x.add("LastSyncedDateTime", ExchangeObjects.local(b.lastSyncedAt()));
        x.add("LastSyncedDateTimeUTC", ExchangeObjects.utc(b.lastSyncedAt()));
        x.add("FinalizedDateTime", ExchangeObjects.local(b.finalizedAt()));
        x.add("FinalizedDateTimeUTC", ExchangeObjects.utc(b.finalizedAt()));
        x.add("SubmittedByUser", b.submittedBy());
        x.add("OwnerId", b.submittedBy());
        x.add("OwnerExchangeObjectId", null);
        x.add("NotificationEmails", ExchangeObjects.list(o.notificationEmails()));
        x.add("ExcludedFolders", ExchangeObjects.list(o.excludeFolders()));
        x.add("IncludedFolders", ExchangeObjects.list(o.includeFolders()));
        x.add("MigrationType", "IMAP");
        x.add("BatchDirection", "Onboarding");
        x.add("Locale", Locale.US.toLanguageTag());
        x.add("Reports", ExchangeObjects.list(List.of()));
        x.add("IsProvisioning", Boolean.FALSE);
        x.add("BatchFlags", "None");
        x.add("AutoRetryCount", null);
        x.add("CurrentRetryCount", 0);
        x.add("AllowUnknownColumnsInCsv", o.allowUnknownColumnsInCsv());
        x.add("DiagnosticInfo", diagnosticInfo);
        x.add("SupportedActions", supportedActions(b));
        x.add("SourceEndpoint", source == null ? null : EndpointObjects.endpoint(source, 0, 0));
        x.add("TargetEndpoint", null);
        x.add("SourcePublicFolderDatabase", null);
        x.add("TargetDatabases", ExchangeObjects.list(List.of()));
        x.add("TargetArchiveDatabases", ExchangeObjects.list(List.of()));
        x.add("BadItemLimit", o.badItemLimit());
        x.add("LargeItemLimit", o.largeItemLimit());
        x.add("PrimaryOnly", null);
        x.add("ArchiveOnly", null);
        x.add("TargetDeliveryDomain", null);
        x.add("SkipSteps", "None");
        x.add("Report", report);
        x.add("StartAfter", ExchangeObjects.local(o.startAfter()));
        x.add("StartAfterUTC", ExchangeObjects.utc(o.startAfter()));
        x.add("CompleteAfter", ExchangeObjects.local(o.completeAfter()));
        x.add("CompleteAfterUTC", ExchangeObjects.utc(o.completeAfter()));
        x.add("AutoComplete", o.autoComplete());
        x.add("TimeZone", o.timeZone());
        ExchangeObjects.finish(x);
        return x.withToString(b.name());
    }

    /** What the admin can do next with the batch in its status. */
    private static String supportedActions(MigrationBatch b) {
        return switch (b.status()) {
            case Created -> "Start, Remove, Set";
            case Syncing, IncrementalSyncing -> "Stop, Remove, Set";
            case Synced, SyncedWithErrors -> "Start, Stop, Complete, Remove, Set";
            case Stopped, Failed -> "Start, Remove, Set";
            case Completing -> "Stop, Remove";
            case CompletedWithErrors -> "Start, Remove";
            default -> "Remove";
        };
    }
}
