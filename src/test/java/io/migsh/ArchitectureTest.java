package io.migsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps dependencies pointing one way by reading the imports of every source file. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/io/migsh");

    /** Package → import prefixes it must not use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "runtime", List.of("io.migsh.command", "io.migsh.lang", "io.migsh.cmdlets", "io.migsh.shell",
                    "io.migsh.repl", "io.migsh.format", "org.jline"),
            "command", List.of("io.migsh.lang", "io.migsh.cmdlets", "io.migsh.shell", "io.migsh.repl", "org.jline"),
            "lang", List.of("io.migsh.cmdlets", "io.migsh.shell", "io.migsh.repl", "io.migsh.format", "org.jline"),
            "format", List.of("io.migsh.lang", "io.migsh.shell", "io.migsh.repl", "org.jline"),
            "migration", List.of("io.migsh.command", "io.migsh.cmdlets", "io.migsh.lang", "io.migsh.shell",
                    "io.migsh.repl", "io.migsh.format", "org.jline"),
            "store", List.of("io.migsh.command", "io.migsh.cmdlets", "io.migsh.lang", "io.migsh.shell",
                    "io.migsh.repl", "io.migsh.format", "org.jline"),
            "imap", List.of("io.migsh.command", "io.migsh.cmdlets", "io.migsh.lang", "io.migsh.shell",
                    "io.migsh.repl", "io.migsh.format", "io.migsh.migration", "org.jline"),
            "target", List.of("io.migsh.command", "io.migsh.cmdlets", "io.migsh.lang", "io.migsh.shell",
                    "io.migsh.repl", "io.migsh.format", "io.migsh.migration", "org.jline"),
            "cmdlets", List.of("io.migsh.shell", "io.migsh.repl", "org.jline"));

    @Test
    void dependencies_point_one_way_and_only_the_repl_uses_jline() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(f).getName(0).toString();
                List<String> forbidden = FORBIDDEN.getOrDefault(pkg, List.of());
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) continue;
                    for (String prefix : forbidden) {
                        if (line.contains(" " + prefix + ".") || line.contains("static " + prefix + ".")) {
                            violations.add(SOURCES.relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
