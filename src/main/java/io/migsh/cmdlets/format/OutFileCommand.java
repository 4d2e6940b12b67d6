package io.migsh.cmdlets.format;

import io.migsh.cmdlets.core.OutputFile;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.format.OutputFormatter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Out-File: writes the formatted text of its input to a file, as the console would show it (tables and lists
 * included), in UTF-8 without a byte-order mark unless -Encoding says otherwise.
 */
@CmdletInfo(verb = "Out", noun = "File", supportsShouldProcess = true, defaultParameterSet = "ByPath")
public class OutFileCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, sets = "ByPath", aliases = "Path", completion = "path")
    String filePath;
    @Parameter(mandatory = true, sets = "ByLiteralPath", aliases = {"PSPath", "LP"}, completion = "path")
    String literalPath;
    @Parameter(position = 1, validateSet = {"ascii", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7",
            "utf8", "utf8BOM", "utf8NoBOM", "utf32", "default", "latin1"})
    String encoding;
    @Parameter
    boolean append;
    @Parameter
    boolean force;
    @Parameter(aliases = "NoOverwrite")
    boolean noClobber;
    @Parameter
    Integer width;
    @Parameter
    boolean noNewline;
    @Parameter(valueFromPipeline = true)
    Object inputObject;

    private Path file;
    private Writer writer;
    private OutputFormatter.Session session;

    @Override
    protected void begin() {
        String path = filePath != null ? filePath : literalPath;
        file = context().resolvePath(path);
        if (!shouldProcess(file.toString(), "Output to File")) return;
        writer = closeAtEnd(OutputFile.open(file, encoding, append, force, noClobber));
        session = FormatSettings.formatter(context()).open(FormatSettings.width(context(), width), this::line);
    }

    private void line(String text) {
        try {
            writer.write(text);
            if (!noNewline) writer.write(System.lineSeparator());
        } catch (IOException e) {
            throw new PsException("System.IO.IOException", e.getMessage(), "FileWriteError", ErrorCategory.WriteError,
                    file.toString());
        }
    }

    @Override
    protected void process() {
        if (session != null) session.write(inputObject);
    }

    @Override
    protected void end() {
        if (session == null) return;
        session.close();
        try {
            writer.close();
        } catch (IOException e) {
            throw new PsException("System.IO.IOException", e.getMessage(), "FileWriteError", ErrorCategory.WriteError,
                    file.toString());
        }
    }
}
