package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Set-Location: changes the current directory that relative paths resolve against. */
@CmdletInfo(verb = "Set", noun = "Location", aliases = {"cd", "sl", "chdir"})
public class SetLocationCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String path = "~";

    @Override
    protected void process() {
        Path target = context().resolvePath(path);
        if (!Files.isDirectory(target)) throw FileText.pathNotFound(target.toString());
        context().setLocation(target);
    }
}
