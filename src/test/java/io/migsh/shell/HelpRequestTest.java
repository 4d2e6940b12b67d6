package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code X -?} shows X's help: the same text as {@code Get-Help X}, and X does not run. */
class HelpRequestTest {
    @TempDir
    Path dir;

    private String output(Shell shell, RecordingHost host, String line) {
        shell.execute(line);
        return host.take();
    }

    @Test
    void dash_question_mark_shows_the_commands_help_instead_of_running_it() {
        RecordingHost host = new RecordingHost(120);
        try (Shell shell = new Shell(host, dir, dir.resolve(".migsh"), Clock.systemUTC())) {
            String help = output(shell, host, "Get-Help Start-Sleep");
            assertTrue(help.contains("SYNOPSIS"), help);
            assertEquals(help, output(shell, host, "Start-Sleep -?"));
            assertEquals(help, output(shell, host, "Start-Sleep 30 -?"));
            assertEquals(help, output(shell, host, "sleep -?"));
            assertEquals(help, output(shell, host, "& 'Start-Sleep' -?"));
            assertEquals(output(shell, host, "Get-Help New-MigrationBatch"), output(shell, host, "New-MigrationBatch -?"));
        }
    }

    @Test
    void a_question_mark_inside_a_word_is_an_ordinary_argument() {
        RecordingHost host = new RecordingHost(120);
        try (Shell shell = new Shell(host, dir, dir.resolve(".migsh"), Clock.systemUTC())) {
            assertEquals("-?x\n", output(shell, host, "Write-Output -?x"));
            assertEquals("-?\n", output(shell, host, "Write-Output '-?'"));
        }
    }
}
