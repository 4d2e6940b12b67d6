package io.migsh.cmdlets.data;

import io.migsh.clixml.ClixmlWriter;
import io.migsh.clixml.SecureStringCipher;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Export-Clixml: writes each input object to a CLIXML file as it arrives (PowerShell's depth 2 by default), so
 * that Windows PowerShell and PowerShell 7 read it with Import-Clixml.
 */
@CmdletInfo(verb = "Export", noun = "Clixml", supportsShouldProcess = true, defaultParameterSet = "ByPath")
public class ExportClixmlCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, sets = "ByPath", completion = "path")
    String path;
    @Parameter(mandatory = true, sets = "ByLiteralPath", aliases = {"PSPath", "LP"}, completion = "path")
    String literalPath;
    @Parameter(mandatory = true, valueFromPipeline = true)
    Object inputObject;
    @Parameter
    int depth = ClixmlWriter.DEFAULT_DEPTH;
    @Parameter
    boolean force;
    @Parameter(aliases = "NoOverwrite")
    boolean noClobber;
    @Parameter(validateSet = {"ascii", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7", "utf8",
            "utf8BOM", "utf8NoBOM", "utf32"})
    String encoding;

    private Path file;
    private Writer out;
    private ClixmlWriter clixml;

    @Override
    protected void begin() {
        if (depth < 1) throw ClixmlErrors.depthOutOfRange(depth);
        file = context().resolvePath(path != null ? path : literalPath);
        if (!shouldProcess(file.toString(), "Export-Clixml")) return;
        out = closeAtEnd(OutputFile.open(file, encoding, false, force, noClobber));
        clixml = new ClixmlWriter(out, depth, SecureStringCipher.forDataDirectory(context().dataDirectory()));
    }

    @Override
    protected void process() {
        if (clixml != null) clixml.write(inputObject);
    }

    @Override
    protected void end() {
        if (clixml == null) return;
        clixml.close();
        try {
            out.close();
        } catch (IOException e) {
            throw OutputFile.writeFailure(e, file);
        }
    }
}
