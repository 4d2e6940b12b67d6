package io.migsh.clixml;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import io.migsh.runtime.ScriptBlock;
import java.util.List;

/**
 * A script block read from CLIXML (&lt;SBK&gt;): only its text. PowerShell deserializes script blocks as strings
 * so that an imported file cannot run code by itself; this value keeps the text and refuses to run.
 */
public record ImportedScriptBlock(String text) implements ScriptBlock {
    @Override
    public List<Object> invoke(Object dollarUnder, Object... args) {
        throw new PsException("System.Management.Automation.PSInvalidOperationException",
                "A script block imported from CLIXML holds only its text and cannot be invoked. Use "
                        + "[scriptblock]::Create($value.ToString()) to make a script block from it.",
                "ImportedScriptBlockNotInvokable", ErrorCategory.InvalidOperation, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
