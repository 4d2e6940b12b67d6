package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.Parameter;
import io.migsh.migration.model.MigrationBatch;

/**
 * Remove-MigrationBatch: asks first; removes the batch, its users, their sync requests and reports, which ends
 * their synchronisation (the last step of an IMAP migration, after the MX switch).
 */
@CmdletInfo(verb = "Remove", noun = "MigrationBatch", supportsShouldProcess = true,
        confirmImpact = ConfirmImpact.High)
public class RemoveMigrationBatchCommand extends ExchangeCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "batch")
    String identity;
    @Parameter
    boolean force;

    @Override
    protected void processRecord() {
        MigrationBatch b = session().batches().get(identity);
        if (!shouldProcess("Removing migration batch \"" + b.name() + "\".")) return;
        session().batches().remove(b.id().toString());
    }
}
