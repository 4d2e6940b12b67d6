package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.Parameter;
import io.migsh.migration.model.MigrationEndpoint;

/** Remove-MigrationEndpoint: asks first; an endpoint a batch still uses can't be removed. */
@CmdletInfo(verb = "Remove", noun = "MigrationEndpoint", supportsShouldProcess = true,
        confirmImpact = ConfirmImpact.High)
public class RemoveMigrationEndpointCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "endpoint")
    String identity;

    @Override
    protected void processRecord() {
        MigrationEndpoint e = session().endpoints().get(identity);
        if (!shouldProcess("Removing migration endpoint \"" + e.name() + "\".")) return;
        session().endpoints().remove(e.id().toString());
    }
}
