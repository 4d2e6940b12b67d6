package io.migsh.cmdlets.demo;

import io.migsh.cmdlets.migration.MigrationSessions;
import io.migsh.migration.ServiceOptions;
import io.migsh.migration.sync.RetryPolicy;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Initialize-DemoEnvironment: gives the demo a data directory of its own, so that it never touches the
 * administrator's state. The folder must be empty or one an earlier demo run used (it holds a marker file); what
 * that run left is removed, and the shell's migration state (state store, mail store, service) moves there. With
 * -QuickRetries the service retries transient failures on the demo's short schedule ({@link RetryPolicy#QUICK}).
 */
@CmdletInfo(verb = "Initialize", noun = "DemoEnvironment", supportsShouldProcess = true)
public class InitializeDemoEnvironmentCommand extends Cmdlet {
    /** The file that marks a folder as the demo's, so that only such a folder is ever emptied. */
    static final String MARKER = ".migsh-demo";

    @Parameter(position = 0, mandatory = true, completion = "path")
    String path;
    @Parameter
    boolean quickRetries;

    @Override
    protected void process() {
        Path dir = context().resolvePath(path);
        List<Path> entries = entries(dir);
        boolean ours = entries.stream().anyMatch(p -> p.getFileName().toString().equals(MARKER));
        if (!entries.isEmpty() && !ours) {
            throw new PsException("System.InvalidOperationException", "The folder '" + path + "' holds data the "
                    + "demo didn't create, so the demo won't use it. Give it an empty folder, or one it used before.",
                    "DemoFolderNotEmpty", ErrorCategory.ResourceExists, dir.toString());
        }
        if (!shouldProcess(path, "Use as the demo's data directory, removing an earlier demo run")) return;
        // The store must be closed before its files go: a session already open there is closed first.
        MigrationSessions.close(context());
        try {
            for (Path p : entries) delete(p);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "Data directory of the migsh demo; the demo empties it on each run.\n");
        } catch (IOException e) {
            throw new PsException("System.IO.IOException", "The demo's folder '" + path + "' couldn't be prepared: "
                    + e, "DemoFolderFailed", ErrorCategory.WriteError, dir.toString());
        }
        ServiceOptions options = ServiceOptions.defaults();
        MigrationSessions.reopenAt(context(), dir, quickRetries ? options.withRetries(RetryPolicy.QUICK) : options);
    }

    private static List<Path> entries(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Deletes a file or a tree; a file that vanishes meanwhile (the store's lock file as it closes) is fine. */
    private static void delete(Path p) throws IOException {
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) throw e;
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
