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

    private static final List<String> SHELL = List.of("io.migsh.command", "io.migsh.cmdlets", "io.migsh.lang",
            "io.migsh.shell", "io.migsh.repl", "io.migsh.format", "org.jline");

    /**
     * Package → import prefixes it must not use. The migration domain and the IMAP engine know nothing of each
     * other; {@code engine} alone joins them, and nothing imports it (the service loader finds it).
     */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "runtime", List.of("io.migsh.command", "io.migsh.lang", "io.migsh.cmdlets", "io.migsh.shell",
                    "io.migsh.repl", "io.migsh.format", "org.jline"),
            "command", List.of("io.migsh.lang", "io.migsh.cmdlets", "io.migsh.shell", "io.migsh.repl", "org.jline"),
            "lang", List.of("io.migsh.cmdlets", "io.migsh.shell", "io.migsh.repl", "io.migsh.format", "org.jline"),
            "format", List.of("io.migsh.lang", "io.migsh.shell", "io.migsh.repl", "org.jline"),
            "migration", plus(SHELL, "io.migsh.imap", "io.migsh.target", "io.migsh.engine"),
            "store", plus(SHELL, "io.migsh.imap", "io.migsh.target", "io.migsh.engine"),
            "imap", plus(SHELL, "io.migsh.migration", "io.migsh.store", "io.migsh.engine"),
            "target", plus(SHELL, "io.migsh.migration", "io.migsh.store", "io.migsh.engine"),
            "engine", SHELL,
            "cmdlets", List.of("io.migsh.shell", "io.migsh.repl", "org.jline", "io.migsh.engine"));

    private static List<String> plus(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

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
