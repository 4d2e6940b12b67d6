package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * $MIGSH_HOME/profile.ps1 runs before the first command, at the prompt of a real terminal and with -Command or a
 * script on standard input, and -NoProfile skips it.
 */
class ProfileTest {
    @TempDir
    Path home;

    @BeforeEach
    void profile() throws Exception {
        Files.writeString(home.resolve("profile.ps1"), "$fromProfile = 'loaded'\nfunction Get-Wave { 'wave1' }\n");
    }

    private String migsh(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "io.migsh.Main"));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command), stdin);
    }

    private String run(ProcessBuilder pb, String stdin) throws Exception {
        pb.environment().put("MIGSH_HOME", home.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("migsh did not end");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void the_profile_runs_before_a_command_and_no_profile_skips_it() throws Exception {
        assertEquals("[loaded] wave1\n", migsh("", "-Command", "\"[$fromProfile] $(Get-Wave)\""));
        assertEquals("[]\n", migsh("", "-NoProfile", "-Command", "\"[$fromProfile]\""));
        assertEquals("[loaded]\n", migsh("\"[$fromProfile]\"\n"));
    }

    @Test
    void the_interactive_shell_on_a_real_terminal_runs_the_profile_unless_told_not_to() throws Exception {
        // util-linux's script(1) gives the shell a pseudo-terminal, so it starts its line editor as a person sees it
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) for a pseudo-terminal");
        String java = "stty cols 100 rows 30; " + Path.of(System.getProperty("java.home"), "bin", "java") + " -cp "
                + System.getProperty("java.class.path") + " io.migsh.Main";
        String input = "\"[$fromProfile]\"\rexit\r";
        String with = run(new ProcessBuilder("/usr/bin/script", "-qec", java, "/dev/null"), input);
        assertTrue(with.contains("PS " + Path.of("").toAbsolutePath() + "> "), with);
        assertTrue(with.contains("[loaded]"), with);
        String without = run(new ProcessBuilder("/usr/bin/script", "-qec", java + " -NoProfile", "/dev/null"), input);
        assertTrue(without.contains("[]") && !without.contains("[loaded]"), without);
    }
}
