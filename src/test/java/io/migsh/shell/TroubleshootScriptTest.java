package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.ConsoleColor;
import io.migsh.runtime.Host;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/troubleshoot.ps1 and section 5 of docs/troubleshooting.md stay in step: every error the guide's table
 * names (each exception type of every row, alternatives joined by "or" included, and the server's words it quotes)
 * appears in what the script's commands really print, objects and error records, not in its narration
 * (Write-Host), which could name an error without making it.
 */
class TroubleshootScriptTest {
    /** What an error row is known by: Exchange's exception and failure names, and the kind of a skipped item. */
    private static final Pattern NAME = Pattern.compile("\\b([A-Z][A-Za-z]+(?:Exception)|LargeItem)\\b");

    @TempDir
    static Path temp;
    static String output;
    static int exitCode;

    /** A console that keeps the output of commands and errors apart from the script's narration. */
    private static final class OutputOnlyHost implements Host {
        final StringBuilder out = new StringBuilder();

        @Override public void write(String s) { out.append(s); }
        @Override public void writeErrorLine(String s) { out.append(s).append('\n'); }
        @Override public void writeWarningLine(String s) { out.append("WARNING: ").append(s).append('\n'); }
        @Override public void writeVerboseLine(String s) { }
        @Override public void writeHost(String s, ConsoleColor f, ConsoleColor b, boolean newline) { }
        @Override public String readLine(String prompt) { return null; }
        @Override public char[] readSecret(String prompt) { return null; }
        // Wide enough that no value wraps: the test looks for the messages' words in one piece.
        @Override public int width() { return 4000; }
        @Override public boolean isInteractive() { return false; }
    }

    @BeforeAll
    static void runTheScript() throws IOException {
        OutputOnlyHost host = new OutputOnlyHost();
        try (Shell shell = new Shell(host, temp, temp.resolve("own-data"), Clock.systemUTC())) {
            shell.runLine("$env:MIGSH_HOME = '" + temp.resolve("demo") + "'");
            exitCode = shell.runFile(Path.of("examples/troubleshoot.ps1"), List.of());
        }
        output = host.out.toString();
    }

    /** The "What you see" cell of each row of section 5's table. */
    static List<String> errorRows() throws IOException {
        String guide = Files.readString(Path.of("docs/troubleshooting.md"), StandardCharsets.UTF_8);
        String section = guide.substring(guide.indexOf("## 5. Common failures"), guide.indexOf("## 6. Retry"));
        List<String> rows = new ArrayList<>();
        for (String line : section.lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| What you see") || line.startsWith("| ---")) continue;
            rows.add(line.substring(2, line.indexOf(" | ")));
        }
        return rows;
    }

    /** A row's evidence: the names it is known by and the parts of the message it quotes, all required. */
    record Evidence(Set<String> names, Set<String> messageParts) {}

    /** The names a row is known by, and the literal parts of the message it quotes first (between the "..."). */
    static Evidence evidence(String row) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(row);
        while (m.find()) names.add(m.group(1));
        Set<String> parts = new LinkedHashSet<>();
        Matcher code = Pattern.compile("`([^`]+)`").matcher(row);
        if (code.find()) {
            String text = code.group(1).replaceFirst("^[A-Za-z]+Exception: ", "");
            for (String part : text.split("'?\\.\\.\\.'?")) {
                String p = part.strip().replaceAll("^-->\\s*|\\s*-->$", "");
                if (p.length() >= 12 && !NAME.matcher(p).matches()) parts.add(p);
            }
        }
        return new Evidence(names, parts);
    }

    @Test
    void the_guide_has_the_rows_this_test_reads() throws IOException {
        assertTrue(errorRows().size() >= 10, errorRows().toString());
        Evidence first = evidence(errorRows().get(0));
        assertEquals(List.of("MigrationPermanentException"), List.copyOf(first.names()));
        assertEquals(List.of("Unable to log into account.", "Imap server sent NO response to LoginCommand. Response "
                + "code:"), List.copyOf(first.messageParts()));
    }

    @Test
    void the_script_runs_to_its_end() {
        assertEquals(0, exitCode, output);
    }

    @Test
    void every_error_of_the_guide_appears_in_what_the_script_really_prints() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String row : errorRows()) {
            Evidence e = evidence(row);
            for (String n : e.names()) if (!output.contains(n)) missing.add(n + "    (row: " + row + ")");
            for (String p : e.messageParts()) if (!output.contains(p)) missing.add(p + "    (row: " + row + ")");
        }
        assertEquals(List.of(), missing, String.join("\n", missing) + "\n\n" + output);
    }
}
