package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ConsoleColor;
import io.migsh.runtime.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;

/** Write-Host: writes text straight to the console, in colour where the console has it; nothing enters the pipeline. */
@CmdletInfo(verb = "Write", noun = "Host")
public class WriteHostCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromRemainingArguments = true)
    List<Object> object;
    @Parameter
    boolean noNewline;
    @Parameter
    Object separator = " ";
    @Parameter
    ConsoleColor foregroundColor;
    @Parameter
    ConsoleColor backgroundColor;

    @Override
    protected void process() {
        List<String> parts = new ArrayList<>();
        if (object != null) {
            for (Object o : object) {
                // Write-Host joins the items of a collection with the separator, as PowerShell does.
                for (Object item : LanguagePrimitives.enumerate(o)) parts.add(LanguagePrimitives.toText(item));
            }
        }
        String text = String.join(LanguagePrimitives.toText(separator), parts);
        context().host().writeHost(text, foregroundColor, backgroundColor, !noNewline);
    }
}
