package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Get-Content: a file's lines (or the whole text with -Raw), first or last N with -TotalCount / -Tail. */
@CmdletInfo(verb = "Get", noun = "Content", aliases = {"gc", "cat", "type"})
public class GetContentCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true, aliases = {"FullName", "PSPath"})
    String[] path;
    @Parameter(aliases = {"First", "Head"})
    long totalCount = -1;
    @Parameter(aliases = "Last", validateRange = {-1, Integer.MAX_VALUE})
    Integer tail;
    @Parameter
    boolean raw;
    @Parameter
    String encoding;

    @Override
    protected void process() {
        for (String p : path) {
            Path file = context().resolvePath(p);
            if (!Files.isRegularFile(file)) {
                writeError(FileText.pathNotFound(file.toString()).record());
                continue;
            }
            String text;
            try {
                text = encoding == null ? FileText.decode(Files.readAllBytes(file))
                        : new String(Files.readAllBytes(file), FileText.charset(encoding));
            } catch (IOException e) {
                writeError(io.migsh.runtime.PsException.invalidArgument(e.getMessage(), "GetContentReaderIOError",
                        p).record());
                continue;
            }
            if (raw) {
                writeObject(text);
                continue;
            }
            List<String> lines = Arrays.asList(text.split("\r?\n", -1));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines = lines.subList(0, lines.size() - 1);
            if (tail != null && tail >= 0) lines = lines.subList(Math.max(0, lines.size() - tail), lines.size());
            if (totalCount >= 0) lines = lines.subList(0, (int) Math.min(totalCount, lines.size()));
            for (String line : lines) writeObject(line);
        }
    }
}
