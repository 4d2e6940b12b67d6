package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.ConfirmImpact;
import io.migsh.command.Parameter;
import io.migsh.migration.model.Mailbox;

/** Remove-Mailbox: removes a target mailbox that no batch or sync request uses; its mail stays on disk. */
@CmdletInfo(verb = "Remove", noun = "Mailbox", supportsShouldProcess = true, confirmImpact = ConfirmImpact.High)
public class RemoveMailboxCommand extends DirectoryCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "mailbox")
    String identity;

    @Override
    protected void processRecord() {
        Mailbox m = session().directory().mailboxes(identity).get(0);
        if (!shouldProcess("Removing the mailbox \"" + m.name() + "\" (" + m.primarySmtpAddress() + ").")) return;
        session().directory().removeMailbox(m.id().toString());
    }
}
