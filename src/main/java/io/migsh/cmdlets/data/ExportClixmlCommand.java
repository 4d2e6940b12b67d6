package io.migsh.cmdlets.data;

import io.migsh.cmdlets.core.OutputFile;
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
 * that Windows PowerShell and PowerShell 7 read it with Import-Clixml. A large export shows how many objects it
 * has written in a progress bar.
 */
@CmdletInfo(verb = "Export", noun = "Clixml", supportsShouldProcess = true, defaultParameterSet = "ByPath")
public class ExportClixmlCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, sets = "ByPath", completion = "path")
    String path;
    @Parameter(mandatory = true, sets = "ByLiteralPath", aliases = {"PSPath", "LP"}, completion = "path")
    String literalPath;
    @Parameter(mandatory = true, valueFromPipeline = true, allowNull = true)
    Object inputObject;
    @Parameter(validateRange = {1, Integer.MAX_VALUE})
    int depth = ClixmlWriter.DEFAULT_DEPTH;
    @Parameter
    boolean force;
    @Parameter(aliases = "NoOverwrite")
    boolean noClobber;
    @Parameter(validateSet = {"ascii", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7", "utf8",
            "utf8BOM", "utf8NoBOM", "utf32"})
    String encoding;

    /** Objects written before a progress bar appears, so that small exports do not flash one. */
    static final int PROGRESS_AFTER = 1000;
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private Path file;
    private Writer out;
    private ClixmlWriter clixml;
    private long written;
    private long shownAt;
    private boolean showing;

    @Override
    protected void begin() {
        file = context().resolvePath(path != null ? path : literalPath);
        if (!shouldProcess(file.toString(), "Export-Clixml")) return;
        out = closeAtEnd(OutputFile.open(file, encoding, false, force, noClobber));
        clixml = new ClixmlWriter(out, depth, SecureStringCipher.forDataDirectory(context().dataDirectory()));
    }

    @Override
    protected void process() {
        if (clixml == null) return;
        clixml.write(inputObject);
        written++;
        if (written >= PROGRESS_AFTER && (!showing || System.nanoTime() - shownAt > PROGRESS_EVERY_NANOS)) {
            // The count is all there is to show: objects stream in, so their total is not known.
            writeProgress(0, "Export-Clixml", String.format("%,d objects written to %s", written,
                    file.getFileName()), -1, false);
            showing = true;
            shownAt = System.nanoTime();
        }
    }

    @Override
    protected void end() {
        if (showing) writeProgress(0, "Export-Clixml", "Completed", -1, true);
        if (clixml == null) return;
        clixml.close();
        try {
            out.close();
        } catch (IOException e) {
            throw OutputFile.writeFailure(e, file);
        }
    }
}
