package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.Parameter;

/** Remove-SyncRequest: asks first; removes the request and its report, which ends its synchronisation. */
@CmdletInfo(verb = "Remove", noun = "SyncRequest", supportsShouldProcess = true, confirmImpact = ConfirmImpact.High)
public class RemoveSyncRequestCommand extends RequestCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String identity;

    @Override
    protected void processRecord() {
        if (!shouldProcess("Removing sync request \"" + identity + "\".")) return;
        session().requests().remove(identity);
    }
}
