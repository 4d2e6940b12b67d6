package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invoke-History beyond its help examples: loops, pipelines, -WhatIf. */
class InvokeHistoryTest {
    @TempDir
    Path dir;

    private String output(Shell shell, RecordingHost host, String line) {
        shell.execute(line);
        return host.take();
    }

    @Test
    void an_entry_that_would_run_itself_again_is_refused() {
        RecordingHost host = new RecordingHost(120);
        try (Shell shell = new Shell(host, dir, dir.resolve(".migsh"), Clock.systemUTC())) {
            output(shell, host, "function Repeat-Third { Invoke-History 3 }");
            output(shell, host, "'two'");
            assertEquals("Invoke-History: Cannot locate the history for Id 3.\n", output(shell, host, "Repeat-Third"));
            assertEquals("Repeat-Third\nInvoke-History: The Invoke-History cmdlet is called repeatedly, in a loop.\n",
                    output(shell, host, "r 3"));
        }
    }

    @Test
    void its_output_goes_down_the_pipeline_and_what_if_only_says_what_it_would_run() {
        RecordingHost host = new RecordingHost(120);
        try (Shell shell = new Shell(host, dir, dir.resolve(".migsh"), Clock.systemUTC())) {
            output(shell, host, "'a', 'b', 'c'");
            assertEquals("'a', 'b', 'c'\n3\n", output(shell, host, "(r 1 | Measure-Object).Count"));
            assertEquals("What if: Performing the operation \"Invoke-History\" on target \"'a', 'b', 'c'\".\n",
                    output(shell, host, "Invoke-History 1 -WhatIf"));
            assertEquals("Cannot process multiple history commands. You can only run a single command by using "
                    + "Invoke-History.\n", output(shell, host,
                    "try { Get-History | Invoke-History } catch { $_.Exception.Message }"));
        }
    }
}
