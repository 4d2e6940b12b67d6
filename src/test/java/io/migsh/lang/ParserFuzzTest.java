package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.lang.parser.ParseResult;
import io.migsh.lang.parser.Parser;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Truncated and random inputs must give parse errors (or a tree), never a Java exception. */
class ParserFuzzTest {
    private static final String[] SAMPLES = {
        "Get-MigrationUserStatistics -Identity \"user@contoso.com\" -IncludeReport | fl *",
        "$s.Report.Failures | group failuretype | ft -autosize",
        "foreach ($u in Import-Csv .\\users.csv) { if ($u.Size -gt 10GB) { \"$($u.Name): big\" } else { continue } }",
        "function Get-X { [CmdletBinding()] param([Parameter(Mandatory, ValueFromPipeline)][string[]]$Id, [switch]$All)"
            + " begin { $n = 0 } process { foreach ($i in $Id) { $n++; @{ Id = $i; At = [datetime]::Now } } } end { $n } }",
        "try { $x = [int]'5' * 2; throw \"bad $x\" } catch [System.Exception] { $_.Exception.Message } finally { 'done' }",
        "switch -regex ($line) { '^(\\d+)' { $Matches[1] } default { $null } }",
        "$h = [ordered]@{ a = 1; 'b c' = @(1, 2, 3); d = { param($p) $p * 2 } }; & $h.d 4",
        "@\"\nHello $name, you have $($items.Count) items\n\"@ -f 1, 'x' -replace 'a', 'b' -split ','",
        "$a[0..2] + $b[-1] -join ';' > out.txt 2>&1; . .\\lib.ps1; exit 3",
        "Get-Foo \u201Caffected user\u201D \u2013Bar 'a, b' `\n  -Baz:$true # comment <# block #>",
    };

    private static void parses(String text) {
        ParseResult r = Parser.parse(null, text);
        assertNotNull(r);
        assertTrue(r.ok() ? r.ast() != null : !r.errors().isEmpty(), text);
    }

    @Test
    void everyPrefixOfRealCommandsParsesOrFailsCleanly() {
        for (String s : SAMPLES) {
            for (int i = 0; i <= s.length(); i++) parses(s.substring(0, i));
        }
    }

    @Test
    void randomTextParsesOrFailsCleanly() {
        String alphabet = "abcXYZ019 $@(){}[]|&;,.:'\"`-+*/%!<>=#\n\t\u201C\u201D\u2018\u2019\u2013";
        Random random = new Random(42);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(40);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            parses(sb.toString());
        }
    }

    @Test
    void splicedFragmentsParseOrFailCleanly() {
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            String a = SAMPLES[random.nextInt(SAMPLES.length)];
            String b = SAMPLES[random.nextInt(SAMPLES.length)];
            int i = random.nextInt(a.length());
            int j = random.nextInt(b.length());
            parses(a.substring(0, i) + b.substring(j));
        }
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        parses("(".repeat(5000) + "1" + ")".repeat(5000));
        parses("{".repeat(5000));
    }
}
