package io.migsh.cmdlets.format;

import io.migsh.cmdlets.core.FileText;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.format.OutputFormatter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
        if (noClobber && !append && Files.exists(file)) {
            throw new PsException("System.IO.IOException", "The file '" + file + "' already exists.", "NoClobber",
                    ErrorCategory.ResourceExists, file.toString());
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new PsException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '"
                    + file + "'.", "FileOpenFailure", ErrorCategory.OpenError, file.toString());
        }
        open();
        session = FormatSettings.formatter(context()).open(FormatSettings.width(context(), width), this::line);
    }

    private void open() {
        Charset cs = FileText.charset(encoding);
        try {
            if (force && Files.exists(file) && !Files.isWritable(file)) file.toFile().setWritable(true);
            boolean fresh = !append || !Files.exists(file) || Files.size(file) == 0;
            OutputStream stream = append
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
            if (fresh && FileText.writesBom(encoding)) stream.write(FileText.bom(cs));
            writer = closeAtEnd(new OutputStreamWriter(stream, cs));
        } catch (IOException e) {
            throw new PsException("System.UnauthorizedAccessException", "Access to the path '" + file
                    + "' is denied.", "FileOpenFailure", ErrorCategory.OpenError, file.toString());
        }
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
