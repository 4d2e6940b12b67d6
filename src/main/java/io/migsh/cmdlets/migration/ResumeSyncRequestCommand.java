package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Resume-SyncRequest: a suspended or failed request is queued again. */
@CmdletInfo(verb = "Resume", noun = "SyncRequest", supportsShouldProcess = true)
public class ResumeSyncRequestCommand extends RequestCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String identity;

    @Override
    protected void processRecord() {
        if (!shouldProcess("Resuming sync request \"" + identity + "\".")) return;
        session().requests().resume(identity);
    }
}
