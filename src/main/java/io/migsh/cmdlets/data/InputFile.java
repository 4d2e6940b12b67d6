package io.migsh.cmdlets.data;

import io.migsh.cmdlets.core.ByteOrderMark;
import io.migsh.cmdlets.core.FileText;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a file an Import- cmdlet reads: PowerShell's error for a missing path, and BOM-aware text decoding. */
final class InputFile {
    private InputFile() {}

    static InputStream open(Path file) {
        if (Files.isDirectory(file)) {
            // What .NET's FileStream says of a folder, and so PowerShell's Import- cmdlets.
            throw new PsException("System.UnauthorizedAccessException", "Access to the path '" + file
                    + "' is denied.", "FileOpenFailure", ErrorCategory.PermissionDenied, file.toString());
        }
        if (!Files.isRegularFile(file)) throw FileText.pathNotFound(file.toString());
        try {
            return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new PsException("System.IO.IOException", e.getMessage(), "FileOpenFailure", ErrorCategory.OpenError,
                    file.toString());
        }
    }

    /** The -Encoding name a file's byte-order mark stands for, or null when it has none (for -Append). */
    static String bomEncoding(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            ByteOrderMark m = ByteOrderMark.of(in.readNBytes(4));
            return m == null ? null : m.encodingName();
        } catch (IOException e) {
            return null;
        }
    }

    /** An error while reading or closing the file. */
    static PsException readFailure(IOException e, Path file) {
        return new PsException("System.IO.IOException", e.getMessage(), "FileReadFailure", ErrorCategory.ReadError,
                file.toString());
    }

    /**
     * Text from the file: a byte-order mark decides the encoding (and is dropped), else -Encoding, else UTF-8,
     * as PowerShell 7 reads.
     */
    static Reader reader(Path file, String encoding) {
        InputStream in = open(file);
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            Charset cs = encoding == null ? StandardCharsets.UTF_8 : FileText.charset(encoding);
            int skip = 0;
            ByteOrderMark m = ByteOrderMark.of(head);
            if (m != null) {
                cs = m.charset();
                skip = m.length();
            }
            in.skipNBytes(skip);
            return new InputStreamReader(in, cs);
        } catch (IOException e) {
            throw readFailure(e, file);
        }
    }
}
