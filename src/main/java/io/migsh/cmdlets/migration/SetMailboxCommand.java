package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.SecureString;

/**
 * Set-Mailbox: -MaxReceiveSize and -MaxSendSize (35 MB by default, up to 150 MB; {@code 150MB} or
 * {@code "150 MB"}), -DisplayName, and -Password (used to log in to an IMAP database as the mailbox).
 */
@CmdletInfo(verb = "Set", noun = "Mailbox", supportsShouldProcess = true)
public class SetMailboxCommand extends DirectoryCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "mailbox")
    String identity;
    @Parameter
    Object maxReceiveSize;
    @Parameter
    Object maxSendSize;
    @Parameter
    String displayName;
    @Parameter
    SecureString password;

    @Override
    protected void processRecord() {
        var receive = Arguments.size("MaxReceiveSize", maxReceiveSize);
        var send = Arguments.size("MaxSendSize", maxSendSize);
        if (!shouldProcess(identity, "Set-Mailbox")) return;
        if (receive != null || send != null || displayName != null) {
            session().directory().setLimits(identity, receive, send, displayName);
        }
        if (password != null) session().directory().setPassword(identity, password.reveal());
    }
}
