package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, run through the shell as {@code bin/migsh -File examples/quickstart.ps1} runs it: the
 * whole migration against the demo server, then the mail counted folder by folder in the Maildir target.
 */
class QuickstartTest {
    @TempDir
    static Path temp;
    static String screen;
    static int exitCode;
    static Path mailstore;

    @BeforeAll
    static void runTheQuickstart() throws IOException {
        Path demoHome = temp.resolve("demo");
        RecordingHost host = new RecordingHost(120);
        try (Shell shell = new Shell(host, temp, temp.resolve("own-data"), Clock.systemUTC())) {
            shell.runLine("$env:MIGSH_HOME = '" + demoHome + "'");
            exitCode = shell.runFile(Path.of("examples/quickstart.ps1"), List.of());
        }
        screen = host.take();
        mailstore = demoHome.resolve("mailstore");
    }

    @Test
    void the_script_runs_to_its_end_without_an_error() {
        assertEquals(0, exitCode, screen);
        assertTrue(screen.contains("\nDone in "), screen);
        assertTrue(!Files.exists(temp.resolve("own-data/state.mv.db")), "the demo kept its state in its own folder");
    }

    @Test
    void every_message_arrived_in_its_folder_of_the_maildir_target() throws IOException {
        assertEquals(Map.of("INBOX", 25, ".Sent", 10, ".Drafts", 2, ".Trash", 3, ".Archive", 0, ".Archive.2019", 8,
                ".Archive.2020", 8, ".Clients", 0, ".Clients.Contoso", 0, ".Clients.Contoso.Invoices", 6),
                without(counts("ann@contoso.com"), ".Projets", ".Projets.&AMk-t&AOk- 2024"));
        assertEquals(5, counts("ann@contoso.com").get(".Projets.&AMk-t&AOk- 2024"), "Projets/Été 2024");
        assertEquals(Map.of("INBOX", 18, ".Sent", 6, ".Junk", 2, ".&MEp35TCJMFs-", 3, ".Legal Hold", 0,
                ".Templates", 0), counts("bob@contoso.com"));
        assertEquals(Map.of("INBOX", 12, ".Sent", 4, ".Archive", 0, ".Archive.2024", 5), counts("carol@contoso.com"));
    }

    @Test
    void the_large_item_was_skipped_first_and_copied_after_the_limit_was_raised() throws IOException {
        assertTrue(screen.contains("Kind         : LargeItem\nFolderName   : INBOX\n"
                + "Subject      : Site survey photos (full resolution)\n"), screen);
        try (Stream<Path> files = Files.list(mailstore.resolve("ann@contoso.com/cur"))) {
            long big = files.filter(f -> f.toFile().length() > 36_700_160L).count();
            assertEquals(1, big, "the 36 MB message is in ann's inbox");
        }
        assertTrue(screen.contains("MaxReceiveSize : 150 MB (157,286,400 bytes)"), screen);
    }

    @Test
    void the_narrative_walks_the_eight_steps_and_shows_the_failures_an_admin_looks_for() {
        for (int step = 1; step <= 8; step++) assertTrue(screen.contains("Step " + step + " of 8 - "), "step " + step);
        assertTrue(screen.contains("Result       : Success"), screen);
        assertTrue(screen.contains("FailureContext : Legal Hold\nMessage        : Imap server sent NO response to "
                + "SelectCommand."), screen);
        assertTrue(screen.contains("Deserialized.Microsoft.Exchange.Data.Storage.Management.MigrationUserStatistics"),
                screen);
        assertTrue(screen.matches("(?s).*Quickstart\\s+Completed\\s+3\\s+3\\n.*"), screen);
        assertTrue(screen.matches("(?s).*ann@contoso.com\\s+Synced\\s+66\\s+1\\s+67\\n.*"), screen);
    }

    /** Messages per Maildir++ folder of one mailbox: "INBOX" for the top, ".Sent", ".Archive.2019", ... */
    private static Map<String, Integer> counts(String mailbox) throws IOException {
        Path root = mailstore.resolve(mailbox);
        Map<String, Integer> out = new TreeMap<>();
        out.put("INBOX", messages(root));
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                if (Files.isDirectory(d.resolve("cur"))) out.put(d.getFileName().toString(), messages(d));
            }
        }
        return out;
    }

    private static int messages(Path folder) throws IOException {
        int n = 0;
        for (String sub : List.of("cur", "new")) {
            try (Stream<Path> files = Files.list(folder.resolve(sub))) {
                n += (int) files.count();
            }
        }
        return n;
    }

    private static Map<String, Integer> without(Map<String, Integer> m, String... keys) {
        Map<String, Integer> copy = new TreeMap<>(m);
        for (String k : keys) copy.remove(k);
        return copy;
    }
}
