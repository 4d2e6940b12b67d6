package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import java.util.ArrayList;
import java.util.List;

/** Set-Content: replaces a file's content with the given values, one line each. */
@CmdletInfo(verb = "Set", noun = "Content", aliases = "sc", supportsShouldProcess = true)
public class SetContentCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    String[] path;
    @Parameter(position = 1, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    List<Object> value;
    @Parameter
    String encoding;
    @Parameter
    boolean noNewline;

    private final List<Object> values = new ArrayList<>();

    @Override
    protected void process() {
        if (value != null) values.addAll(value);
    }

    @Override
    protected void end() {
        for (String p : path) {
            if (!shouldProcess(context().resolvePath(p).toString(), "Set Content")) continue;
            ContentWriter.write(context().resolvePath(p), values, encoding, append(), noNewline);
        }
    }

    boolean append() {
        return false;
    }
}
