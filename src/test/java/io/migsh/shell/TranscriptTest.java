package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcript tests: every {@code .session} file under src/test/resources/transcripts and every help example under
 * cmdlets/&#42;/examples runs in a fresh shell (its own folder as location and data directory, a fixed clock,
 * 120 columns), and each command must print exactly the text that follows it.
 */
class TranscriptTest {
    /** The clock transcripts see: Get-Date and object timestamps are the same on every run. */
    static final Instant NOW = Instant.parse("2026-01-05T14:30:15Z");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicNode> transcripts() throws IOException {
        return Stream.concat(files(Path.of("src/test/resources/transcripts")), files(Path.of("cmdlets")))
                .map(this::container);
    }

    private static Stream<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) return Stream.empty();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".session")).sorted(Comparator.comparing(Path::toString))
                    .toList().stream();
        }
    }

    private DynamicNode container(Path file) {
        return DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> run(file));
    }

    private void run(Path file) throws IOException {
        SessionFile transcript = SessionFile.parse(Files.readString(file, StandardCharsets.UTF_8));
        Path dir = Files.createTempDirectory(temp, "t");
        for (var f : transcript.files().entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
        RecordingHost host = new RecordingHost(120);
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        try (Shell shell = new Shell(host, dir, dir.resolve(".migsh"), Clock.fixed(NOW, ZoneOffset.UTC))) {
            for (SessionFile.Step step : transcript.steps()) {
                String echo = "PS> " + step.input().replace("\n", "\n>> ") + "\n";
                shell.execute(step.input());
                expected.append(echo).append(step.expected());
                actual.append(echo).append(host.take());
            }
        }
        // One comparison of the whole transcript, so a failure shows every difference in context.
        assertEquals(expected.toString(), actual.toString(), file.toString());
    }
}
