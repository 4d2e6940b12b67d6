package io.migsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.shell.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interactive shell as a person sees it: a real {@link Shell} over a temporary data directory, its prompt loop
 * on a virtual xterm, keys typed and the screen read back.
 */
class InteractiveShellTest extends PromptLoopTestBase {
    @Test
    void tab_lists_the_commands_a_verb_noun_prefix_or_a_wildcard_matches() throws Exception {
        start();
        String screen = tab("Get-Migr", "Get-MigrationUserStatistics");
        assertTrue(screen.contains(prompt + " Get-Migration\n"), screen);
        for (String c : List.of("Get-MigrationBatch", "Get-MigrationEndpoint", "Get-MigrationUser")) {
            assertTrue(screen.contains(c), c + "\n" + screen);
        }
        assertFalse(screen.contains("Get-Mailbox"), screen);
        abandonLine();

        screen = tab("get-migrationb", prompt + " Get-MigrationBatch");
        abandonLine();

        screen = tab("*-MigrationEndpoint", "Set-MigrationEndpoint");
        for (String c : List.of("Get-", "New-", "Remove-")) assertTrue(screen.contains(c + "MigrationEndpoint"), screen);
    }

    @Test
    void tab_lists_a_commands_own_parameters_before_the_common_ones() throws Exception {
        start();
        String screen = tab("Get-MigrationBatch -", "-ErrorAction");
        List<String> expected = new java.util.ArrayList<>();
        var parameters = shell.interpreter().commands().find("Get-MigrationBatch").orElseThrow().metadata().parameters();
        parameters.stream().filter(p -> !p.common()).forEach(p -> expected.add("-" + p.name()));
        parameters.stream().filter(p -> p.common()).forEach(p -> expected.add("-" + p.name()));
        String list = screen.substring(screen.indexOf(prompt + " Get-MigrationBatch -") + prompt.length() + 21);
        assertEquals(expected, List.of(list.trim().split("\\s+")), screen);
        abandonLine();

        tab("Get-MigrationBatch -Inc", prompt + " Get-MigrationBatch -IncludeReport");
    }

    @Test
    void tab_offers_enum_values_and_booleans() throws Exception {
        start();
        String screen = tab("New-MigrationEndpoint -IMAP -Security ", "Tls");
        assertTrue(screen.matches("(?s).*\\nNone +Ssl +Tls.*"), screen);
        abandonLine();

        screen = tab("Set-MigrationEndpoint src -AcceptUntrustedCertificates ", "$false");
        assertTrue(screen.matches("(?s).*\\n\\$true +\\$false.*"), screen);
        abandonLine();

        tab("Get-MigrationBatch -Status synci", prompt + " Get-MigrationBatch -Status Syncing");
    }

    @Test
    void tab_offers_the_identities_in_the_state_store() throws Exception {
        Files.writeString(Files.createDirectories(temp.resolve("work")).resolve("users.csv"),
                "EmailAddress,UserName,Password\nalice@contoso.com,alice,P@ssw0rd1\nbob@contoso.com,bob,P@ssw0rd2\n");
        start("New-AcceptedDomain -Name contoso.com -DomainName contoso.com | Out-Null",
                "New-Mailbox -Name alice -MicrosoftOnlineServicesID alice@contoso.com | Out-Null",
                "New-Mailbox -Name bob -MicrosoftOnlineServicesID bob@contoso.com | Out-Null",
                "New-MigrationEndpoint -IMAP -Name 'Old IMAP' -RemoteServer imap.old.example -SkipVerification | Out-Null",
                "New-MigrationBatch -Name wave1 -SourceEndpoint 'Old IMAP' -CSVData ([IO.File]::ReadAllBytes('users.csv')) | Out-Null",
                "New-MigrationBatch -Name wave2 -SourceEndpoint 'Old IMAP' -CSVData ([IO.File]::ReadAllBytes('users.csv')) -ErrorAction SilentlyContinue | Out-Null",
                "New-MigrationBatch -Name pilot -SourceEndpoint 'Old IMAP' -CSVData ([IO.File]::ReadAllBytes('users.csv')) -ErrorAction SilentlyContinue | Out-Null");
        String screen = tab("Start-MigrationBatch w", "wave");
        assertTrue(screen.contains(prompt + " Start-MigrationBatch wave"), screen);
        abandonLine();

        tab("Get-MigrationEndpoint -Identity o", prompt + " Get-MigrationEndpoint -Identity 'Old IMAP'");
        abandonLine();

        tab("Get-MigrationUser -Identity b", prompt + " Get-MigrationUser -Identity bob@contoso.com");
        abandonLine();

        tab("Get-Mailbox al", prompt + " Get-Mailbox alice");
    }

    @Test
    void tab_completes_variables_and_the_members_of_their_values() throws Exception {
        start("$syncstats = [pscustomobject]@{ Report = [pscustomobject]@{ Failures = @(); SkippedItems = @(); "
                + "Entries = @() }; Status = 'Synced' }", "$syncTarget = 'x'");
        String screen = tab("Write-Output $sync", "$syncTarget");
        assertTrue(screen.contains("$syncstats"), screen);
        abandonLine();

        screen = tab("$syncstats.Report.", "$syncstats.Report.SkippedItems");
        assertTrue(screen.contains("$syncstats.Report.Failures") && screen.contains("$syncstats.Report.Entries"), screen);
        abandonLine();

        tab("$syncstats.St", prompt + " $syncstats.Status");
    }

    @Test
    void tab_completes_file_paths_for_path_parameters_and_bare_arguments() throws Exception {
        Path w = Files.createDirectories(temp.resolve("work"));
        Files.createDirectories(w.resolve("reports"));
        Files.writeString(w.resolve("users.csv"), "EmailAddress\n");
        Files.writeString(w.resolve("wave 2.csv"), "EmailAddress\n");
        start();
        tab("Import-Csv -Path us", prompt + " Import-Csv -Path users.csv");
        abandonLine();
        tab("Get-Content wa", prompt + " Get-Content 'wave 2.csv'");
        abandonLine();
        tab("Set-Location rep", prompt + " Set-Location reports/");
    }

    @Test
    void the_line_is_coloured_as_it_is_typed() throws Exception {
        start();
        String line = "Get-MigrationBatch -Status 'Syncing' $limit 42 # check";
        vt.type(line);
        vt.awaitText(prompt + " " + line);
        int row = vt.rowOf(prompt + " " + line);
        int at = prompt.length() + 1;
        assertStyle(row, at + line.indexOf("Get-"), Highlight.Kind.COMMAND);
        assertStyle(row, at + line.indexOf("-Status"), Highlight.Kind.PARAMETER);
        assertStyle(row, at + line.indexOf("'Syncing'"), Highlight.Kind.STRING);
        assertStyle(row, at + line.indexOf("$limit"), Highlight.Kind.VARIABLE);
        assertStyle(row, at + line.indexOf("42"), Highlight.Kind.NUMBER);
        assertStyle(row, at + line.indexOf("# check"), Highlight.Kind.COMMENT);
        abandonLine();

        vt.type("Get-MigratonBatch | Where-Object { $_.Status -eq 'Failed' }");
        vt.awaitText("'Failed' }");
        row = vt.rowOf("Get-MigratonBatch");
        assertStyle(row, at, Highlight.Kind.UNKNOWN_COMMAND);
        assertStyle(row, at + "Get-MigratonBatch | ".length(), Highlight.Kind.COMMAND);
        assertStyle(row, at + "Get-MigratonBatch | Where-Object { $_.Status ".length(), Highlight.Kind.OPERATOR);
        abandonLine();

        vt.type("$x = 1 +) 2");
        vt.awaitText("$x = 1 +) 2");
        assertStyle(vt.rowOf("$x = 1 +) 2"), at + "$x = 1 +".length(), Highlight.Kind.ERROR);
    }

    @Test
    void unfinished_input_continues_at_the_continuation_prompt() throws Exception {
        start();
        vt.type("foreach ($n in 1..2) {\r");
        vt.await("the continuation prompt", s -> lastLine(s).equals(">>"));
        vt.type("  \"item $n\"\r");
        vt.await("a second continuation prompt", s -> lastLine(s).equals(">>   \"item $n\"") || lastLine(s).equals(">>"));
        vt.type("}\r");
        String screen = vt.awaitText("item 2");
        assertTrue(screen.contains(">>   \"item $n\"\n>> }\nitem 1\nitem 2"), screen);
        awaitIdle();

        vt.type("'a', 'b' |\r");
        vt.await("the continuation prompt after a pipe", s -> lastLine(s).equals(">>"));
        vt.type("ForEach-Object { $_.ToUpper() }\r");
        vt.awaitText("A\nB");
    }

    @Test
    void history_is_kept_across_two_runs_on_one_history_file() throws Exception {
        start();
        run("Write-Output 'from the first run'");
        run("Get-Date | Out-Null");
        vt.type(CTRL_D);
        loop.join(10_000);
        assertFalse(loop.isAlive());
        vt.close();
        shell.close();
        assertTrue(Files.readString(data.resolve("history.txt")).contains("Write-Output 'from the first run'"));

        vt = new VirtualTerminal(110, 40);
        InteractiveConsole console = InteractiveConsole.over(vt.terminal(), true);
        shell = new Shell(console.host(), work, data, Clock.systemUTC());
        loop = new Thread(() -> console.run(shell, shell.interpreter().commands(), shell.context(),
                data.resolve("history.txt")), "second prompt loop");
        loop.start();
        awaitIdle();
        vt.type(UP);
        vt.awaitText(prompt + " Get-Date | Out-Null");
        vt.type(UP);
        vt.awaitText(prompt + " Write-Output 'from the first run'");
        abandonLine();

        vt.type("\u0012first");
        vt.awaitText("Write-Output 'from the first run'");
        vt.type("\r");
        vt.awaitText("\nfrom the first run");
    }

    @Test
    void ctrl_c_stops_the_running_command_and_not_the_shell() throws Exception {
        start();
        vt.type("'sleeping'; Start-Sleep 30; 'not stopped'\r");
        vt.awaitText("\nsleeping");
        long pressed = System.nanoTime();
        vt.type(CTRL_C);
        awaitIdle();
        long millis = (System.nanoTime() - pressed) / 1_000_000;
        System.out.println("Ctrl+C to the prompt: " + millis + " ms");
        assertTrue(millis < 1_000, "Start-Sleep 30 went on for " + millis + " ms after Ctrl+C");
        assertFalse(vt.screen().contains("\nnot stopped"), vt.screen());
        assertTrue(vt.screen().endsWith("\nsleeping\n^C\n" + prompt), vt.screen());
        run("'still here'");
        assertTrue(vt.screen().contains("\nstill here"), vt.screen());
        assertTrue(loop.isAlive());
    }

    @Test
    void ctrl_d_at_an_empty_prompt_leaves() throws Exception {
        start();
        vt.type(CTRL_D);
        loop.join(10_000);
        assertFalse(loop.isAlive(), "the prompt loop is still running");
    }

    @Test
    void f1_prints_the_synopsis_of_the_command_under_the_cursor_above_the_prompt() throws Exception {
        start();
        vt.type("Get-MigrationBatch -Sta");
        vt.awaitText(prompt + " Get-MigrationBatch -Sta");
        vt.type(F1);
        // The synopsis is printed and then the prompt redrawn: wait for both, or the screen may be read in between.
        String screen = vt.await("the synopsis above a redrawn prompt", s -> s.contains("Get-MigrationBatch: ")
                && lastLine(s).equals(prompt + " Get-MigrationBatch -Sta"));
        assertTrue(screen.contains("Get-MigrationBatch [[-Identity] <string>]"), screen);
        assertTrue(screen.indexOf("Get-MigrationBatch: ") < screen.lastIndexOf(prompt + " Get-MigrationBatch -Sta"), screen);
    }

    @Test
    void errors_warnings_and_verbose_lines_have_their_colours() throws Exception {
        start();
        run("Write-Error 'it failed'");
        run("Write-Warning 'look out'");
        run("Write-Verbose 'step by step' -Verbose");
        String screen = vt.screen();
        int error = vt.rowOf("it failed");
        assertTrue(screen.contains("Write-Error: it failed"), screen);
        assertEquals(VirtualTerminal.styleOf("\u001b[91m"), vt.style(error, 0), screen);
        assertEquals(VirtualTerminal.styleOf("\u001b[93m"), vt.style(vt.rowOf("WARNING: look out"), 0), screen);
        assertEquals(VirtualTerminal.styleOf("\u001b[96m"), vt.style(vt.rowOf("VERBOSE: step by step"), 0), screen);
        assertNotEquals(vt.style(error, 0), vt.style(vt.rowOf(prompt + " Write-Error"), 0));
    }

    @Test
    void write_progress_draws_a_bar_on_the_bottom_line_until_the_command_ends() throws Exception {
        start();
        vt.type("Write-Progress -Activity 'Exporting statistics' -Status '500 of 1000' -PercentComplete 50; "
                + "'working'; Start-Sleep 30\r");
        vt.awaitText("\nworking");
        String bar = vt.await("the progress bar", s -> vt.lines().get(39).contains("50%")) ;
        String bottom = vt.lines().get(39);
        assertTrue(bottom.startsWith("Exporting statistics - 500 of 1000 [ooo"), bar);
        vt.type(CTRL_C);
        awaitIdle();
        vt.await("the bar to go", s -> !vt.lines().get(39).contains("Exporting"));
    }
}
