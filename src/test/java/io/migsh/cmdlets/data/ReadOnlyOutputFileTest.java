package io.migsh.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.cmdlets.format.OutFileCommand;
import io.migsh.command.Cmdlet;
import io.migsh.runtime.PsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only file (no owner write permission) is refused as .NET refuses it, and -Force writes it and leaves it
 * read-only again, as PowerShell does; this holds for root too, who could write the file anyway.
 */
class ReadOnlyOutputFileTest {
    @TempDir
    Path dir;

    static Class<? extends Cmdlet> cmdlet(String name) {
        return switch (name) {
            case "Export-Clixml" -> ExportClixmlCommand.class;
            case "Export-Csv" -> ExportCsvCommand.class;
            default -> OutFileCommand.class;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"Export-Clixml", "Export-Csv", "Out-File"})
    void read_only_file_needs_force_and_stays_read_only(String name) throws IOException {
        Path file = dir.resolve("locked.txt");
        Files.writeString(file, "keep");
        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r--r--");
        Files.setPosixFilePermissions(file, readOnly);
        Fixture f = new Fixture(dir, dir.resolve("home"));

        PsException e = assertThrows(PsException.class, () -> f.run(cmdlet(name), List.of("new"), "locked.txt"));
        assertEquals("Access to the path '" + file + "' is denied.", e.getMessage());
        assertEquals("FileOpenFailure", e.record().errorId());
        assertEquals("keep", Files.readString(file));

        new Fixture(dir, dir.resolve("home")).run(cmdlet(name), List.of("new"), "locked.txt", "-Force");
        String written = Files.readString(file);
        assertTrue(written.contains(name.equals("Export-Csv") ? "\"Length\"" : "new"), written);
        assertFalse(written.contains("keep"), written);
        assertEquals(readOnly, Files.getPosixFilePermissions(file));
    }
}
