package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.Parameter;
import io.migsh.migration.model.MigrationBatch;

/** Stop-MigrationBatch: asks first; users still migrating or waiting stop at once. */
@CmdletInfo(verb = "Stop", noun = "MigrationBatch", supportsShouldProcess = true, confirmImpact = ConfirmImpact.High)
public class StopMigrationBatchCommand extends ExchangeCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "batch")
    String identity;

    @Override
    protected void processRecord() {
        MigrationBatch b = session().batches().get(identity);
        if (!shouldProcess("Stopping migration batch \"" + b.name() + "\".")) return;
        session().batches().stop(b.id().toString());
    }
}
