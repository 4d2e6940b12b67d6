package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.Parameter;

/** Suspend-SyncRequest: the request stops (a running sync stops at once) until Resume-SyncRequest. */
@CmdletInfo(verb = "Suspend", noun = "SyncRequest", supportsShouldProcess = true, confirmImpact = ConfirmImpact.Medium)
public class SuspendSyncRequestCommand extends RequestCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String identity;
    @Parameter
    String suspendComment;

    @Override
    protected void processRecord() {
        if (!shouldProcess("Suspending sync request \"" + identity + "\".")) return;
        session().requests().suspend(identity, suspendComment);
    }
}
