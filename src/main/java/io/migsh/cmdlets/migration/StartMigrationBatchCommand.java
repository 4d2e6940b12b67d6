package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.MigrationBatch;

/** Start-MigrationBatch: starts a Created batch, resumes a Stopped one, retries failed users. */
@CmdletInfo(verb = "Start", noun = "MigrationBatch", supportsShouldProcess = true)
public class StartMigrationBatchCommand extends ExchangeCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "batch")
    String identity;

    @Override
    protected void processRecord() {
        MigrationBatch b = session().batches().get(identity);
        if (!shouldProcess("Starting migration batch \"" + b.name() + "\".")) return;
        session().batches().start(b.id().toString());
    }
}
