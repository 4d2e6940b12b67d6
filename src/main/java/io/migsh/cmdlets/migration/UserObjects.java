package io.migsh.cmdlets.migration;

import io.migsh.migration.DiagnosticInfo;
import io.migsh.migration.Timeline;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.model.SyncRequest;
import io.migsh.runtime.PsObject;
import java.time.Duration;
import java.util.List;

/** Migration users and their statistics as Exchange's MigrationUser and MigrationUserStatistics objects. */
final class UserObjects {
    static final String USER = "Microsoft.Exchange.Data.Storage.Management.MigrationUser";
    static final String STATISTICS = "Microsoft.Exchange.Data.Storage.Management.MigrationUserStatistics";

    private UserObjects() {}

    static PsObject user(MigrationUser u, String batch, SyncRequest q) {
        PsObject o = ExchangeObjects.configurable(USER);
        addUser(o, u, batch, q);
        ExchangeObjects.finish(o);
        return o.withToString(u.emailAddress());
    }

    private static void addUser(PsObject o, MigrationUser u, String batch, SyncRequest q) {
        SyncCounters c = q == null ? SyncCounters.ZERO : q.counters();
        o.add("Identity", u.emailAddress());
        o.add("BatchId", batch);
        o.add("EmailAddress", u.emailAddress());
        o.add("RecipientType", "Mailbox");
        o.add("SkippedItemCount", c.itemsSkipped());
        o.add("SyncedItemCount", c.itemsSynced());
        o.add("MailboxGuid", u.mailboxId());
        o.add("MailboxLegacyDN", null);
        o.add("RequestGuid", u.requestId());
        o.add("LastSuccessfulSyncTime", ExchangeObjects.local(u.lastSuccessfulSyncAt()));
        o.add("Status", u.status());
        o.add("StatusSummary", u.status().summary());
        o.add("LastSubscriptionCheckTime", ExchangeObjects.local(u.lastSubscriptionCheckAt()));
        o.add("ErrorSummary", q == null || q.failure() == null ? "" : q.failure().errorText());
    }

    /** The statistics: the user's properties, then what its sync request has counted. */
    static PsObject statistics(MigrationUser u, String batch, SyncRequest q, Timeline requestTimeline,
            PsObject report, List<PsObject> skippedItems, String diagnosticInfo) {
        PsObject o = ExchangeObjects.configurable(STATISTICS, USER);
        addUser(o, u, batch, q);
        SyncCounters c = q == null ? SyncCounters.ZERO : q.counters();
        Duration inProgress = requestTimeline.timeIn("InProgress");
        o.add("TotalItemsInSourceMailboxCount", q == null ? null : c.totalItemsInSource());
        o.add("TotalQueuedDuration", requestTimeline.timeIn("Queued"));
        o.add("TotalInProgressDuration", inProgress);
        o.add("TotalSyncedDuration", requestTimeline.timeIn("Synced"));
        o.add("TotalStalledDuration", Duration.ZERO);
        o.add("Error", q == null || q.failure() == null ? null : ReportObjects.error(q.failure()));
        o.add("MigrationType", "IMAP");
        o.add("EstimatedTotalTransferSize", q == null ? null : new ByteQuantifiedSize(c.estimatedTransferSize()));
        o.add("EstimatedTotalTransferCount", q == null ? null : c.estimatedTransferCount());
        o.add("BytesTransferred", q == null ? null : new ByteQuantifiedSize(c.bytesTransferred()));
        long hours = Math.max(1, inProgress.toHours());
        long minutes = Math.max(1, inProgress.toMinutes());
        o.add("AverageBytesTransferredPerHour", q == null ? null
                : new ByteQuantifiedSize(c.bytesTransferred() / hours));
        o.add("CurrentBytesTransferredPerMinute", q == null ? null
                : new ByteQuantifiedSize(c.bytesTransferred() / minutes));
        o.add("PercentageComplete", q == null ? 0 : percent(u, c));
        o.add("SkippedItems", ExchangeObjects.list(ReportObjects.SKIPPED + ExchangeObjects.EXCHANGE_STORAGE,
                skippedItems == null ? List.of() : skippedItems));
        o.add("DiagnosticInfo", diagnosticInfo);
        o.add("Report", report);
        ExchangeObjects.finish(o);
        return o.withToString(u.emailAddress());
    }

    /** Exchange reports 100 once the user is synced or completed, else the current pass's share. */
    private static int percent(MigrationUser u, SyncCounters c) {
        return switch (u.status().summary()) {
            case Synced, Completed -> 100;
            default -> c.percentComplete();
        };
    }

    static String diagnostics(String argument, MigrationUser u, SyncRequest q, Timeline t) {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("Status", u.status());
        details.put("RequestGuid", u.requestId());
        if (q != null) {
            details.put("RequestStatus", q.status());
            details.put("NextSync", q.nextKind());
            details.put("NextSyncTime", q.nextSyncAt());
            details.put("ItemsSynced", q.counters().itemsSynced());
            details.put("ItemsSkipped", q.counters().itemsSkipped());
        }
        return DiagnosticInfo.xml(argument, "MigrationUser", u.emailAddress(), t, details);
    }
}
