package io.migsh.format;

import java.util.List;

/**
 * Default views of the Exchange objects migsh serves, after what Exchange Online prints (Exchange.format.ps1xml
 * is not public; the columns follow the migration fact sheet). Columns have no fixed width: they are sized from
 * the data. Types without a view here (TestMigrationServerAvailabilityOutcome, MailboxFolderStatistics, report
 * entries) print as PowerShell prints any object: a table up to four properties, else a list.
 */
public final class ExchangeViews {
    public static final String MIGRATION_BATCH = "Microsoft.Exchange.Data.Storage.Management.MigrationBatch";
    public static final String MIGRATION_USER = "Microsoft.Exchange.Data.Storage.Management.MigrationUser";
    public static final String MIGRATION_USER_STATISTICS =
            "Microsoft.Exchange.Data.Storage.Management.MigrationUserStatistics";
    public static final String MIGRATION_ENDPOINT = "Microsoft.Exchange.Data.Storage.Management.MigrationEndpoint";
    public static final String SYNC_REQUEST = "Microsoft.Exchange.Management.RecipientTasks.SyncRequest";
    public static final String SYNC_REQUEST_STATISTICS =
            "Microsoft.Exchange.Management.RecipientTasks.SyncRequestStatistics";
    public static final String MAILBOX = "Microsoft.Exchange.Data.Directory.Management.Mailbox";
    public static final String MAILBOX_STATISTICS = "Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics";
    public static final String ACCEPTED_DOMAIN = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain";
    public static final String MAILBOX_DATABASE =
            "Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase";

    private ExchangeViews() {}

    /** The table of views: type name, then its columns (label = property, or label and property). */
    private static final List<Entry> TABLES = List.of(
            new Entry(MIGRATION_BATCH, col("Identity"), col("Status"), col("Type", "MigrationType"), col("TotalCount")),
            new Entry(MIGRATION_USER, col("Identity"), col("Batch", "BatchId"), col("Status"),
                    col("LastSyncTime", "LastSuccessfulSyncTime")),
            new Entry(MIGRATION_USER_STATISTICS, col("Identity"), col("Batch", "BatchId"), col("Status"),
                    col("Items Synced", "SyncedItemCount"), col("Items Skipped", "SkippedItemCount")),
            new Entry(MIGRATION_ENDPOINT, col("Identity"), col("EndpointType"), col("RemoteServer")),
            new Entry(SYNC_REQUEST, col("Name"), col("Mailbox"), col("Status")),
            new Entry(SYNC_REQUEST_STATISTICS, col("Name"), col("StatusDetail"), col("TargetAlias"),
                    col("PercentComplete")),
            new Entry(MAILBOX, col("Name"), col("Alias"), col("Database"), col("ProhibitSendQuota"),
                    col("ExternalDirectoryObjectId")),
            new Entry(MAILBOX_STATISTICS, col("DisplayName"), col("ItemCount"), col("LastLogonTime")),
            new Entry(ACCEPTED_DOMAIN, col("Name"), col("DomainName"), col("DomainType"), col("Default")),
            new Entry(MAILBOX_DATABASE, col("Name"), col("Server"), col("Recovery"), col("ReplicationType")));

    static void addTo(ViewRegistry r) {
        for (Entry e : TABLES) r.add(e.typeName(), TableView.of(e.columns().toArray(new ViewColumn[0])));
    }

    private record Entry(String typeName, List<ViewColumn> columns) {
        Entry(String typeName, ViewColumn... columns) {
            this(typeName, List.of(columns));
        }
    }

    private static ViewColumn col(String property) {
        return ViewColumn.of(property);
    }

    private static ViewColumn col(String label, String property) {
        return ViewColumn.labeled(label, property);
    }
}
