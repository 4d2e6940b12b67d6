package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.Parameter;
import io.migsh.migration.model.MigrationBatch;

/**
 * Complete-MigrationBatch: asks first; for Synced or SyncedWithErrors batches, runs each user's final sync and
 * completes it. -SyncAndComplete refuses a batch with failed or stopped users.
 */
@CmdletInfo(verb = "Complete", noun = "MigrationBatch", supportsShouldProcess = true,
        confirmImpact = ConfirmImpact.High)
public class CompleteMigrationBatchCommand extends ExchangeCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "batch")
    String identity;
    @Parameter
    boolean syncAndComplete;

    @Override
    protected void processRecord() {
        MigrationBatch b = session().batches().get(identity);
        if (!shouldProcess("Completing migration batch \"" + b.name() + "\".")) return;
        session().batches().complete(b.id().toString(), syncAndComplete);
    }
}
