package io.migsh.cmdlets.core;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Writes lines for Set-Content and Add-Content: each value's text and a line end, in the chosen encoding. */
final class ContentWriter {
    private ContentWriter() {}

    static void write(Path file, List<Object> values, String encoding, boolean append, boolean noNewline) {
        Charset cs = FileText.charset(encoding);
        StringBuilder text = new StringBuilder();
        for (Object v : values) {
            for (Object item : LanguagePrimitives.enumerate(v)) {
                text.append(LanguagePrimitives.toText(item));
                if (!noNewline) text.append(System.lineSeparator());
            }
        }
        try {
            if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
                throw new PsException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '"
                        + file + "'.", "GetContentWriterDirectoryNotFoundError", ErrorCategory.ObjectNotFound, file);
            }
            boolean fresh = !append || !Files.exists(file) || Files.size(file) == 0;
            byte[] body = text.toString().getBytes(cs);
            if (fresh && FileText.writesBom(encoding)) {
                byte[] bom = FileText.bom(cs);
                byte[] all = new byte[bom.length + body.length];
                System.arraycopy(bom, 0, all, 0, bom.length);
                System.arraycopy(body, 0, all, bom.length, body.length);
                body = all;
            }
            if (append) {
                Files.write(file, body, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(file, body);
            }
        } catch (IOException e) {
            throw new PsException("System.IO.IOException", e.getMessage(), "GetContentWriterIOError",
                    ErrorCategory.WriteError, file);
        }
    }
}
