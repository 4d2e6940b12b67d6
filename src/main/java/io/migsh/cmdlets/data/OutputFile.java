package io.migsh.cmdlets.data;

import io.migsh.cmdlets.core.FileText;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the file an Export- cmdlet writes, with PowerShell's rules and texts: -NoClobber refuses an existing file,
 * -Force writes over a read-only one, a missing folder is an error, and the encoding's byte-order mark is written
 * only at the start of a file.
 */
final class OutputFile {
    private OutputFile() {}

    static Writer open(Path file, String encoding, boolean append, boolean force, boolean noClobber) {
        Charset cs = FileText.charset(encoding);
        if (noClobber && !append && Files.exists(file)) {
            throw new PsException("System.IO.IOException", "The file '" + file + "' already exists.", "NoClobber",
                    ErrorCategory.ResourceExists, file.toString());
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw openFailure("System.IO.DirectoryNotFoundException",
                    "Could not find a part of the path '" + file + "'.", file);
        }
        if (Files.isDirectory(file)) {
            throw openFailure("System.UnauthorizedAccessException", "Access to the path '" + file + "' is denied.",
                    file);
        }
        try {
            if (force && Files.exists(file) && !Files.isWritable(file)) file.toFile().setWritable(true, true);
            boolean fresh = !append || !Files.exists(file) || Files.size(file) == 0;
            OutputStream out = append
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
            if (fresh && FileText.writesBom(encoding)) out.write(FileText.bom(cs));
            // the encoder hands on 8K at a time; gathered to 64K, a large export makes an eighth of the system calls
            return new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), cs), 1 << 16);
        } catch (AccessDeniedException e) {
            throw openFailure("System.UnauthorizedAccessException", "Access to the path '" + file + "' is denied.",
                    file);
        } catch (IOException e) {
            throw openFailure("System.IO.IOException", e.getMessage(), file);
        }
    }

    private static PsException openFailure(String type, String message, Path file) {
        return new PsException(type, message, "FileOpenFailure", ErrorCategory.OpenError, file.toString());
    }

    /** An error while writing or closing the file. */
    static PsException writeFailure(IOException e, Path file) {
        return new PsException("System.IO.IOException", e.getMessage(), "FileWriteFailure", ErrorCategory.WriteError,
                file.toString());
    }
}
