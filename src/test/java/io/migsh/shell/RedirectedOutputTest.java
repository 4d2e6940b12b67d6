package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/migsh with its output going to pipes, as in a script or a CI job: plain text on each stream, no colour
 * codes and no progress bar, whatever the commands write.
 */
class RedirectedOutputTest {
    @TempDir
    Path home;

    @Test
    void redirected_streams_get_plain_text_and_no_progress_bar() throws Exception {
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.migsh.Main", "-NoProfile", "-Command",
                "Write-Progress -Activity Exporting -Status 'half way' -PercentComplete 50; Write-Error 'it failed'; "
                        + "Write-Warning 'look out'; Write-Verbose 'step by step' -Verbose; "
                        + "Write-Host 'in red' -ForegroundColor Red; 'done'")
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("MIGSH_HOME", home.resolve("data").toString());
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm-256color");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("migsh -Command did not end");
        }
        List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> stderr = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertEquals(List.of("WARNING: look out", "VERBOSE: step by step", "in red", "done"), stdout);
        assertEquals(List.of("Write-Error: it failed"), stderr);
    }
}
