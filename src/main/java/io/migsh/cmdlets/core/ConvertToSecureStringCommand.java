package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SecureString;

/** ConvertTo-SecureString -AsPlainText -Force: wraps a password typed in a script. */
@CmdletInfo(verb = "ConvertTo", noun = "SecureString")
public class ConvertToSecureStringCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    String string;
    @Parameter
    boolean asPlainText;
    @Parameter
    boolean force;

    @Override
    protected void process() {
        if (!asPlainText) {
            throw new PsException("System.NotSupportedException", "Only -AsPlainText is supported: migsh keeps "
                    + "passwords encrypted in its own store, not with Windows DPAPI.", "ImportSecureString",
                    ErrorCategory.NotImplemented, null);
        }
        writeObject(new SecureString(string.toCharArray()));
    }
}
