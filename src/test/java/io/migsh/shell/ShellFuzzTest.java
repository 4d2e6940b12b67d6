package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.lang.parser.Parser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated, random and spliced command lines typed into a whole shell: each prints its result or an error in
 * ConciseView, never a Java exception or the shell's "Internal error" fallback; a line that does not parse prints
 * a ParserError with the line and a caret.
 */
class ShellFuzzTest {
    private static final String[] SAMPLES = {
        "$s.Report.Failures | group failuretype | ft -autosize",
        "$s = [pscustomobject]@{ Report = [pscustomobject]@{ Failures = @([pscustomobject]@{ FailureType = 'X' }) } }",
        "foreach ($u in 1..3) { if ($u -gt 1) { \"$($u * 2): big\" } else { continue } }",
        "function Get-X { [CmdletBinding()] param([Parameter(Mandatory, ValueFromPipeline)][string[]]$Id, [switch]$All)"
            + " begin { $n = 0 } process { foreach ($i in $Id) { $n++; @{ Id = $i } } } end { $n } }; 'a' | Get-X",
        "try { $x = [int]'5' * 2; throw \"bad $x\" } catch [System.Exception] { $_.Exception.Message } finally { 'done' }",
        "switch -regex ('ab12') { '^(\\w+?)(\\d+)' { $Matches[2] } default { $null } }",
        "$h = [ordered]@{ a = 1; 'b c' = @(1, 2, 3); d = { param($p) $p * 2 } }; & $h.d 4",
        "@\"\nHello $name, you have $(@(1,2).Count) items\n\"@ -replace 'a', 'b' -split ','",
        "$a = 1..5; $a[0..2] + $a[-1] -join ';' > out.txt 2>&1; Get-Content out.txt",
        "Get-Foo \u201Caffected user\u201D \u2013Bar 'a, b' `\n  -Baz:$true # comment <# block #>",
        "'{0:N2} MB' -f ([math]::Round(36700160/1MB, 2)); [string]::IsNullOrEmpty($null)",
        "1..4 | Where-Object { $_ % 2 } | Select-Object -First 1 | Format-List",
    };

    @TempDir
    Path temp;
    private RecordingHost host;
    private Shell shell;

    @BeforeEach
    void open() {
        host = new RecordingHost(120);
        shell = new Shell(host, temp, temp.resolve(".migsh"),
                Clock.fixed(Instant.parse("2026-01-05T14:30:15Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private void runs(String text) {
        shell.execute(text);
        String out = host.take();
        assertFalse(out.contains("Internal error"), () -> "internal error for: " + text + "\n" + out);
        assertFalse(out.contains("java.") || out.contains("\tat "), () -> "Java text for: " + text + "\n" + out);
        if (!Parser.parse(null, text).ok()) {
            assertTrue(out.startsWith("ParserError: \nLine |\n"), () -> "not a ParserError for: " + text + "\n" + out);
        }
    }

    @Test
    void every_prefix_of_real_command_lines_runs_or_fails_in_concise_view() {
        for (String s : SAMPLES) {
            for (int i = 0; i <= s.length(); i++) runs(s.substring(0, i));
        }
    }

    @Test
    void random_text_runs_or_fails_in_concise_view() {
        String alphabet = "abcXYZ019 $@(){}[]|&;,.:'\"`-+*/%!<>=#\n\t\u201C\u201D\u2018\u2019\u2013";
        Random random = new Random(42);
        for (int n = 0; n < 1500; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(30);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            runs(sb.toString());
        }
    }

    @Test
    void spliced_command_lines_run_or_fail_in_concise_view() {
        Random random = new Random(7);
        for (int n = 0; n < 800; n++) {
            String a = SAMPLES[random.nextInt(SAMPLES.length)];
            String b = SAMPLES[random.nextInt(SAMPLES.length)];
            runs(a.substring(0, random.nextInt(a.length())) + b.substring(random.nextInt(b.length())));
        }
    }
}
