package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.BatchSpec;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.Unlimited;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * New-MigrationBatch (IMAP onboarding): validates the whole CSV, then creates the batch and its users in one
 * transaction. The batch waits as Created until Start-MigrationBatch, unless -AutoStart.
 */
@CmdletInfo(verb = "New", noun = "MigrationBatch", supportsShouldProcess = true, outputType = BatchObjects.BATCH)
public class NewMigrationBatchCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true)
    String name;
    @Parameter(mandatory = true, completion = "endpoint")
    String sourceEndpoint;
    @Parameter(name = "CSVData", mandatory = true)
    byte[] csvData;
    @Parameter
    List<Object> excludeFolders;
    @Parameter
    List<Object> includeFolders;
    @Parameter
    boolean autoStart;
    @Parameter
    boolean autoComplete;
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
    String timeZone;
    @Parameter
    Duration reportInterval;
    @Parameter
    boolean skipReports;

    @Override
    protected void processRecord() {
        BatchOptions d = BatchOptions.defaults();
        Unlimited bad = Arguments.unlimited("BadItemLimit", badItemLimit);
        Unlimited large = Arguments.unlimited("LargeItemLimit", largeItemLimit);
        BatchOptions options = new BatchOptions(Arguments.strings(excludeFolders), Arguments.strings(includeFolders),
                autoStart, autoComplete, bad != null ? bad : d.badItemLimit(), large != null ? large : d.largeItemLimit(),
                Arguments.strings(notificationEmails), startAfter, completeAfter,
                allowUnknownColumnsInCsv != null && allowUnknownColumnsInCsv, timeZone != null ? timeZone
                        : d.timeZone(), reportInterval != null ? reportInterval : d.reportInterval(), skipReports);
        if (!shouldProcess("Creating migration batch \"" + name + "\".")) return;
        String submittedBy = System.getProperty("user.name");
        MigrationBatch b = session().batches().create(new BatchSpec(name, sourceEndpoint, csvData, options,
                submittedBy));
        writeObject(BatchPresenter.present(session(), b, false, null));
    }
}
