package io.migsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps docs/errors.md in step with the error ids the code raises: every id has a row there. */
class ErrorsDocTest {
    private static final Path SOURCES = Path.of("src/main/java/io/migsh");
    private static final Path DOC = Path.of("docs/errors.md");

    /**
     * The places an error id is written in the code: the id just before the category (PsException, ErrorRecord,
     * RuntimeErrors.error), the parser's fail/requireBlock/condition/ParseError, the helpers that take the id after
     * the message (runtime, methodFailed, invalidArgument, the binder's error), and the Exchange exception types
     * whose short name is the documented id of a migration error or failure.
     */
    private static final List<Pattern> ID_SITES = List.of(
            Pattern.compile("\"([A-Z][A-Za-z]+)\"\\s*,\\s*ErrorCategory\\."),
            Pattern.compile("\\b(?:fail|requireBlock|condition)\\(\\s*\"([A-Z][A-Za-z]+)\"\\s*,"),
            Pattern.compile("new ParseError\\(\\s*\"([A-Z][A-Za-z]+)\""),
            Pattern.compile("(?:RuntimeErrors|PsException)\\.runtime\\([^;]*?,\\s*\"([A-Z][A-Za-z]+)\"\\s*\\)"),
            Pattern.compile("methodFailed\\([^;]*?,\\s*\"([A-Z][A-Za-z]+)\"\\s*\\)"),
            Pattern.compile("(?:PsException\\.invalidArgument|\\berror)\\([^;]*?,\\s*\"([A-Z][A-Za-z]+)\"\\s*,"),
            Pattern.compile("[A-Z_]+ \\+ \"([A-Za-z]+Exception)\""),
            Pattern.compile("\"Microsoft\\.Exchange\\.[A-Za-z.]+\\.([A-Za-z]+Exception)\""),
            Pattern.compile("MigrationErrors\\.of\\(\\s*\"[A-Za-z.]+\\.([A-Z][A-Za-z]+)\""),
            Pattern.compile("MigrationErrors\\.of\\(\\s*\"[A-Za-z.]+\\.\"\\s*\\+\\s*\"([A-Z][A-Za-z]+)\""),
            Pattern.compile("static final String [A-Z_]+ = \"([A-Za-z]+(?:Permanent|Transient)Exception)\""));

    private static final Pattern DOC_ID = Pattern.compile("`([^`]+)`");

    @Test
    void every_error_id_the_code_raises_has_a_row_in_errors_md() throws IOException {
        Set<String> documented = documentedIds();
        TreeMap<String, String> missing = new TreeMap<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                for (Pattern site : ID_SITES) {
                    Matcher m = site.matcher(src);
                    while (m.find()) {
                        seen++;
                        if (!documented.contains(m.group(1))) missing.putIfAbsent(m.group(1), SOURCES.relativize(f).toString());
                    }
                }
            }
        }
        assertTrue(seen > 150, "the id patterns no longer match the code: only " + seen + " sites found");
        assertEquals(new TreeMap<String, String>(), missing, "error ids raised in the code but missing from " + DOC);
    }

    /** The ids in the first cell of each table row ("| `Id` |" or "| `A` / `B` |"). */
    private static Set<String> documentedIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(DOC)) {
            if (!line.startsWith("| `")) continue;
            String first = line.substring(1, line.indexOf(" |", 1));
            Matcher m = DOC_ID.matcher(first);
            while (m.find()) ids.add(m.group(1).replaceFirst("^.*\\.", ""));
        }
        return ids;
    }
}
