package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.Parameter;

/** Remove-MigrationUser: asks first; removes the user from its batch, with its sync request. */
@CmdletInfo(verb = "Remove", noun = "MigrationUser", supportsShouldProcess = true, confirmImpact = ConfirmImpact.High)
public class RemoveMigrationUserCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "migrationuser")
    String identity;
    @Parameter
    boolean force;

    @Override
    protected void processRecord() {
        if (!shouldProcess("Removing migration user \"" + identity + "\".")) return;
        session().batches().removeUser(identity);
    }
}
