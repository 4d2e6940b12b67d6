package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/**
 * Split-Path: the parent folder of a path (the default), its last part (-Leaf), that part without its extension
 * (-LeafBase), the extension (-Extension), or whether it is absolute (-IsAbsolute). Both / and \ separate parts,
 * so Windows paths pasted from Microsoft's documentation split as they do there.
 */
@CmdletInfo(verb = "Split", noun = "Path", defaultParameterSet = "ParentSet")
public class SplitPathCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String[] path;
    @Parameter(sets = "ParentSet")
    boolean parent;
    @Parameter(sets = "LeafSet")
    boolean leaf;
    @Parameter(sets = "LeafBaseSet")
    boolean leafBase;
    @Parameter(sets = "ExtensionSet")
    boolean extension;
    @Parameter(sets = "IsAbsoluteSet")
    boolean isAbsolute;

    @Override
    protected void process() {
        for (String p : path) {
            if (isAbsolute) {
                writeObject(p.startsWith("/") || p.startsWith("\\") || p.startsWith("~") || p.matches("(?s)[A-Za-z]:[\\\\/].*"));
                continue;
            }
            String trimmed = p;
            while (trimmed.length() > 1 && JoinPathCommand.isSeparator(trimmed.charAt(trimmed.length() - 1))) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
            String name = trimmed.substring(cut + 1);
            int dot = name.lastIndexOf('.');
            if (leaf) {
                writeObject(name);
            } else if (leafBase) {
                writeObject(dot > 0 ? name.substring(0, dot) : name);
            } else if (extension) {
                writeObject(dot > 0 ? name.substring(dot) : "");
            } else if (cut > 0) {
                writeObject(trimmed.substring(0, cut));
            } else if (cut == 0 && trimmed.length() > 1) {
                writeObject(trimmed.substring(0, 1));
            } else {
                // a bare name or the root has no parent: PowerShell writes an empty string
                writeObject("");
            }
        }
    }
}
