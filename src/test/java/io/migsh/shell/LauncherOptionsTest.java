package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options bin/migsh starts the shell with, read from the launcher itself: the JVM accepts them with the
 * project's compiler directives, installs both directives, and prints nothing of its own around the shell's output.
 */
class LauncherOptionsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void the_launcher_options_start_the_shell_with_only_its_own_output() throws Exception {
        Run run = run(launcherOptions());
        assertEquals(0, run.exit, String.join("\n", run.stderr));
        assertEquals(List.of("ok"), run.stdout);
        assertEquals(List.of(), run.stderr);
    }

    @Test
    void the_compiler_directives_file_parses_into_both_directives() throws Exception {
        List<String> options = new ArrayList<>(launcherOptions());
        options.add("-XX:+DisplayVMOutput"); // the launcher hides the JVM's own report of the directives
        Run run = run(options);
        assertEquals(0, run.exit, String.join("\n", run.stderr));
        assertEquals(List.of("2 compiler directives added", "ok"), run.stdout);
    }

    /** The words of bin/migsh's {@code opts=(...)} line, with $root standing for the project folder. */
    private static List<String> launcherOptions() throws Exception {
        String launcher = Files.readString(ROOT.resolve("bin/migsh"));
        Matcher m = Pattern.compile("(?m)^opts=\\((.*)\\)$").matcher(launcher);
        assertTrue(m.find(), "bin/migsh has an opts=(...) line");
        List<String> options = new ArrayList<>();
        for (String word : m.group(1).trim().split("\\s+")) {
            options.add(word.replace("\"", "").replace("$root", ROOT.toString()));
        }
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-XX:CompilerDirectivesFile=")), options.toString());
        return options;
    }

    private Run run(List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.migsh.Main", "-NoProfile",
                "-Command", "'ok'"));
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("MIGSH_HOME", home.resolve("data").toString());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("migsh -Command did not end");
        }
        return new Run(p.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, List<String> stdout, List<String> stderr) {}
}
