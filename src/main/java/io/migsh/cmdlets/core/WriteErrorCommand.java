package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.SourcePosition;

/** Write-Error: writes a non-terminating error; -ErrorAction Stop makes it terminating. */
@CmdletInfo(verb = "Write", noun = "Error", defaultParameterSet = "NoException")
public class WriteErrorCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, sets = "NoException", aliases = "Msg",
            allowNull = true, allowEmptyString = true)
    String message;
    @Parameter(mandatory = true, sets = "ErrorRecord")
    ErrorRecord errorRecord;
    @Parameter
    ErrorCategory category = ErrorCategory.NotSpecified;
    @Parameter
    String errorId;
    @Parameter
    Object targetObject;
    @Parameter
    String recommendedAction;

    @Override
    protected void process() {
        if (errorRecord != null) {
            writeError(errorRecord);
            return;
        }
        String id = errorId == null ? "Microsoft.PowerShell.Commands.WriteErrorException" : errorId;
        writeError(new ErrorRecord("Microsoft.PowerShell.Commands.WriteErrorException", message, id, category,
                targetObject, null, SourcePosition.NONE, null));
    }
}
