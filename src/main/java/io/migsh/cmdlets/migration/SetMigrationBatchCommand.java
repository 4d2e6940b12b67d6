package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.Unlimited;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Set-MigrationBatch: new limits, dates and notification addresses; -CSVData with -AddUsers adds the file's new
 * users (without it, updates the logins of users already in the batch); -SyncNow syncs synced users at once.
 */
@CmdletInfo(verb = "Set", noun = "MigrationBatch", supportsShouldProcess = true)
public class SetMigrationBatchCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "batch")
    String identity;
    @Parameter(name = "CSVData")
    byte[] csvData;
    @Parameter
    boolean addUsers;
    @Parameter
    boolean syncNow;
    @Parameter
    boolean update;
    @Parameter
    Object badItemLimit;
    @Parameter
    Object largeItemLimit;
    @Parameter
    List<Object> notificationEmails;
    @Parameter
    OffsetDateTime startAfter;
    @Parameter
    OffsetDateTime completeAfter;
    @Parameter
    Boolean allowUnknownColumnsInCsv;
    @Parameter
    Duration reportInterval;
    @Parameter
    Boolean skipReports;

    @Override
    protected void processRecord() {
        MigrationBatch b = session().batches().get(identity);
        BatchOptions o = b.options();
        Unlimited bad = Arguments.unlimited("BadItemLimit", badItemLimit);
        Unlimited large = Arguments.unlimited("LargeItemLimit", largeItemLimit);
        BatchOptions changed = new BatchOptions(o.excludeFolders(), o.includeFolders(), o.autoStart(),
                o.autoComplete(), bad != null ? bad : o.badItemLimit(), large != null ? large : o.largeItemLimit(),
                notificationEmails != null ? Arguments.strings(notificationEmails) : o.notificationEmails(),
                startAfter != null ? startAfter : o.startAfter(), completeAfter != null ? completeAfter
                        : o.completeAfter(), allowUnknownColumnsInCsv != null ? allowUnknownColumnsInCsv
                        : o.allowUnknownColumnsInCsv(), o.timeZone(), reportInterval != null ? reportInterval
                        : o.reportInterval(), skipReports != null ? skipReports : o.skipReports());
        if (addUsers && csvData == null) {
            throw io.migsh.migration.MigrationErrors.invalidArgument("-AddUsers needs -CSVData with the users to "
                    + "add.", identity);
        }
        if (!shouldProcess(b.name(), "Set-MigrationBatch")) return;
        session().batches().update(b.id().toString(), changed.equals(o) && !update ? null : changed, csvData,
                addUsers, syncNow);
    }
}
