package io.migsh.cmdlets.core;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Opens the file an Export- or Out- cmdlet writes, with PowerShell's rules and texts: -NoClobber refuses an existing
 * file, a read-only file is refused unless -Force (which writes it and leaves it read-only again, as PowerShell
 * does), a missing folder is an error, and the encoding's byte-order mark is written only at the start of a file.
 * A file without its owner's write permission counts as read-only even for root, who could write it anyway: the
 * protection an administrator set is what -Force is asked to override.
 */
public final class OutputFile {
    private OutputFile() {}

    public static Writer open(Path file, String encoding, boolean append, boolean force, boolean noClobber) {
        Charset cs = FileText.charset(encoding);
        if (noClobber && !append && Files.exists(file)) {
            throw new PsException("System.IO.IOException", "The file '" + file + "' already exists.", "NoClobber",
                    ErrorCategory.ResourceExists, file.toString());
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw openFailure("System.IO.DirectoryNotFoundException",
                    "Could not find a part of the path '" + file + "'.", file);
        }
        if (Files.isDirectory(file)) throw accessDenied(file);
        boolean readOnly = isReadOnly(file);
        if (readOnly && !force) throw accessDenied(file);
        try {
            if (readOnly) setOwnerWrite(file, true);
            boolean fresh = !append || !Files.exists(file) || Files.size(file) == 0;
            OutputStream out = append
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
            if (fresh && FileText.writesBom(encoding)) out.write(FileText.bom(cs));
            // the encoder hands on 8K at a time; gathered to 64K, a large export makes an eighth of the system calls
            Writer writer = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), cs), 1 << 16);
            return readOnly ? new ReadOnlyAgainOnClose(writer, file) : writer;
        } catch (AccessDeniedException e) {
            throw accessDenied(file);
        } catch (IOException e) {
            throw openFailure("System.IO.IOException", e.getMessage(), file);
        }
    }

    /** An error while writing or closing the file. */
    public static PsException writeFailure(IOException e, Path file) {
        return new PsException("System.IO.IOException", e.getMessage(), "FileWriteFailure", ErrorCategory.WriteError,
                file.toString());
    }

    static boolean isReadOnly(Path file) {
        if (!Files.isRegularFile(file)) return false;
        if (!Files.isWritable(file)) return true;
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) return false;
        try {
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static void setOwnerWrite(Path file, boolean writable) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            if (!file.toFile().setWritable(writable, true)) throw new AccessDeniedException(file.toString());
            return;
        }
        Set<PosixFilePermission> perms = EnumSet.copyOf(posix.readAttributes().permissions());
        if (writable) perms.add(PosixFilePermission.OWNER_WRITE); else perms.remove(PosixFilePermission.OWNER_WRITE);
        posix.setPermissions(perms);
    }

    private static PsException accessDenied(Path file) {
        return openFailure("System.UnauthorizedAccessException", "Access to the path '" + file + "' is denied.", file);
    }

    private static PsException openFailure(String type, String message, Path file) {
        return new PsException(type, message, "FileOpenFailure", ErrorCategory.OpenError, file.toString());
    }

    /** Makes a file written under -Force read-only again once it is closed. */
    private static final class ReadOnlyAgainOnClose extends FilterWriter {
        private final Path file;

        ReadOnlyAgainOnClose(Writer out, Path file) {
            super(out);
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                setOwnerWrite(file, false);
            }
        }
    }
}
