package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SecureString;

/** Get-Credential: asks for a user name and password at the console and returns a PSCredential. */
@CmdletInfo(verb = "Get", noun = "Credential")
public class GetCredentialCommand extends Cmdlet {
    @Parameter(position = 0, aliases = "Credential")
    String userName;
    @Parameter
    String message;
    @Parameter
    String title;

    @Override
    protected void process() {
        if (!context().host().isInteractive()) {
            throw new PsException("System.Management.Automation.Host.HostException",
                    "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                    "CouldNotPromptForCredential", ErrorCategory.NotImplemented, null);
        }
        // PowerShell's console prompt: a caption and a message, its own unless the command gives them
        context().host().write((title != null ? title : "PowerShell credential request") + "\n");
        context().host().write((message != null ? message : "Enter your credentials.") + "\n");
        String user = userName;
        if (user == null) user = context().host().readLine("User: ");
        if (user == null) return;
        char[] password = context().host().readSecret("Password for user " + user + ": ");
        if (password == null) return;
        writeObject(new PsCredential(user, new SecureString(password)));
    }
}
