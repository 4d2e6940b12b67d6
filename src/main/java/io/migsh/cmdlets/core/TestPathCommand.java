package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.PsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test-Path: True when the path exists (as a file with -PathType Leaf, as a folder with Container). */
@CmdletInfo(verb = "Test", noun = "Path")
public class TestPathCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            allowNull = true, allowEmptyString = true)
    String[] path;
    @Parameter(validateSet = {"Any", "Container", "Leaf"})
    String pathType = "Any";
    @Parameter
    boolean isValid;

    @Override
    protected void process() {
        if (path == null) {
            writeObject(false); // PowerShell 7 answers False for $null and '' rather than refusing them
            return;
        }
        for (String p : path) {
            if (p == null || p.isEmpty() || p.indexOf('\0') >= 0) {
                writeObject(false);
                continue;
            }
            if (isValid) {
                writeObject(true);
                continue;
            }
            Path file;
            try {
                file = context().resolvePath(p);
            } catch (PsException noSuchDrive) {
                writeObject(false); // PowerShell's Test-Path answers False for a drive that does not exist
                continue;
            }
            boolean ok = switch (pathType.toLowerCase()) {
                case "leaf" -> Files.isRegularFile(file);
                case "container" -> Files.isDirectory(file);
                default -> Files.exists(file);
            };
            writeObject(ok);
        }
    }
}
