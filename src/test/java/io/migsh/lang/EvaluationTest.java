package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scripts in, output out: each row is a script and its output items joined with " | ". */
class EvaluationTest {
    private static String eval(String script) {
        return new LangFixture().text(script.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "1 + 2 * 3 => 7",
        "7 / 2; 6 / 2; 7 % 3 => 3.5 | 3 | 1",
        "'ab' * 3; 'x' + 5; 5 + '5' => ababab | x5 | 10",
        "1, 2 + 3 => 1 | 2 | 3",
        "(1, 2) + (3, 4) => 1 | 2 | 3 | 4",
        "[int]::MaxValue + 1 => 2147483648",
        "1..4 => 1 | 2 | 3 | 4",
        "5..3 => 5 | 4 | 3",
        "2KB; 1.5MB; 0x10 => 2048 | 1572864 | 16",
        "$a = 5; $a += 2; $a *= 3; $a => 21",
        "$a, $b = 1, 2; $b; $a => 2 | 1",
        "$a, $b = 1, 2, 3; $b.Count => 2",
        "$x = 'World'; \"Hello $x!\" => Hello World!",
        "$s = 'abc'; \"$s.Length\"; \"$($s.Length)\" => abc.Length | 3",
        "\"a`tb`n\".Length => 4",
        "'it''s' => it's",
        "\"say \"\"hi\"\"\" => say \"hi\"",
        "\u201Ctypographic\u201D; \u2018single\u2019 => typographic | single",
        "5 \u2013gt 3 => True",
        "@\"\\nline $(1+1)\\n\"@ => line 2",
        "@'\\n$notexpanded\\n'@ => $notexpanded",
        "'abc' -eq 'ABC'; 'abc' -ceq 'ABC'; 'abc' -ne 'x' => True | False | True",
        "1, 2, 3, 2 -eq 2 => 2 | 2",
        "1, 5, 10 -gt 4 => 5 | 10",
        "'file.txt' -like '*.TXT'; 'file.txt' -clike '*.TXT' => True | False",
        "'a', 'b' -contains 'B'; 'B' -in 'a', 'b'; 'c' -notin 'a' => True | True | True",
        "'user@contoso.com' -match '^(?<user>[^@]+)@(.+)$'; $Matches.user; $Matches[1] => True | user | contoso.com",
        "'a1b22c' -replace '\\d+', '#' => a#b#c",
        "'John Smith' -replace '(\\w+) (\\w+)', '$2, $1' => Smith, John",
        "'a,b,,c' -split ',' => a | b |  | c",
        "-split '  a  b ' => a | b",
        "'a1b2c' -split '\\d', 2 => a | b2c",
        "1, 2, 3 -join '-'; -join ('x', 'y') => 1-2-3 | xy",
        "'{0,-5}|{1,5}|{2:N2}' -f 'ab', 'cd', 1234.5 => ab   |   cd|1,234.50",
        "'{0:D4} {1:X} {2:P1}' -f 42, 255, 0.125 => 0042 FF 12.5%",
        "'{0:yyyy-MM-dd HH:mm}' -f [datetime]'2024-01-02 03:04:05' => 2024-01-02 03:04",
        "$true -and $false; $true -or $false; -not $true; !$false => False | True | False | True",
        "$true -xor $true; 6 -band 3; 6 -bor 3 => False | 2 | 7",
        "5 -is [int]; 5 -is [string]; '5' -as [int]; 'x' -as [int] => True | False | 5 | $null",
        "[int]'42' + 1; [string]42 + 1; [double]'1.5' => 43 | 421 | 1.5",
        "[bool]'false'; [bool]0; [bool]@() => True | False | False",
        "$a = 1..5; $a[0]; $a[-1]; $a[1..2] => 1 | 5 | 2 | 3",
        "$a = 'a', 'b', 'c'; $a[-2..-1] => b | c",
        "'hello'[1]; 'hello'[-1] => e | o",
        "$i = 0; $i++; $i; ++$i; $i-- ; $i; ($i++) => 1 | 1 | 1",
        "$h = @{ a = 1; b = 2 }; $h.a; $h['b']; $h.Count => 1 | 2 | 2",
        "$h = @{}; $h.x = 5; $h.Add('y', 6); $h.ContainsKey('X'); $h.Keys.Count => True | 2",
        "$o = [pscustomobject]@{ Name = 'n'; Size = 3 }; $o.Name; $o.size => n | 3",
        "([ordered]@{ z = 1; a = 2 }).Keys => z | a",
        "$l = @(1, 2); $l += 3; $l.Count => 3",
        "@().Count; @(1).Count; @(@(1, 2)).Count => 0 | 1 | 2",
        ",1 | % { $_.GetType().Name } => Int32",
        "$null -eq $null; $null + 1; $x.Foo => True | 1 | $null",
        "'abc'.ToUpper(); 'a-b-c'.Split('-').Count; '  x '.Trim() => ABC | 3 | x",
        "'Hello'.Substring(1, 3); 'hello'.IndexOf('l'); 'abc'.Replace('b', 'X') => ell | 2 | aXc",
        "'abc'.StartsWith('ab'); 'abc'.Contains('B'); '5'.PadLeft(3, '0') => True | False | 005",
        "$s = 'x'; $s.Length; 'abc'.Length => 1 | 3",
        "(1, 2, 3).Count; (1, 2, 3).Contains(2); (1, 2, 3).IndexOf(3) => 3 | True | 2",
        "(1..10).Where({ $_ % 2 -eq 0 }); (1..3).ForEach({ $_ * 10 }) => 2 | 4 | 6 | 8 | 10 | 10 | 20 | 30",
        "(1..10).Where({ $_ -gt 3 }, 'First', 2) => 4 | 5",
        "[math]::Round(2.5); [math]::Round(3.14159, 2); [Math]::Max(3, 7); [math]::Floor(2.7) => 2 | 3.14 | 7 | 2",
        "[math]::Pow(2, 10); [math]::Sqrt(16); [math]::Abs(-4) => 1024 | 4 | 4",
        "[string]::IsNullOrEmpty(''); [string]::Join(',', (1, 2)); [string]::Format('{0}-{1}', 'a', 'b') => True | 1,2 | a-b",
        "[int]::MaxValue; [System.IO.Path]::GetExtension('C:\\x\\a.xml'); [IO.Path]::GetFileName('/a/b.txt') => 2147483647 | .xml | b.txt",
        "[datetime]::Now.Year; [DateTime]::UtcNow.Hour => 2024 | 14",
        "$d = [datetime]'2024-01-31'; $d.AddDays(1).ToString('yyyy-MM-dd'); $d.Month; $d.DayOfWeek => 2024-02-01 | 1 | Wednesday",
        "([datetime]'2024-01-02' - [datetime]'2024-01-01').TotalHours => 24",
        "[timespan]'01:30:00' | % { $_.TotalMinutes } => 90",
        "[datetime]'2024-01-02' -gt [datetime]'2024-01-01' => True",
        "(Get-Date -ErrorAction SilentlyContinue) => !CommandNotFoundException",
        "$x = [System.Collections.ArrayList]::new(); [void]$x.Add(1); $x.Add(2); $x.Count => 1 | 2",
        "$l = [System.Collections.Generic.List[string]]::new(); $l.Add(5); $l[0].GetType().Name => String",
        "$sb = [System.Text.StringBuilder]::new(); [void]$sb.Append('a').Append('b'); $sb.ToString() => ab",
        "[guid]::NewGuid().ToString().Length => 36",
        "(Get-Box a).PSObject.Properties.Name => Identity | Size",
        "(Get-Box a).PSObject.TypeNames[0]; 'x'.GetType().FullName => Test.Box | System.String",
        "$a = Get-Box a; $a.GetType().Name; (1,2).GetType().Name => PSObject | Object[]",
        "[Environment]::NewLine.Length => 1",
        "'[{0}]' -f $null; \"[$null]\" => [] | []",
        "([char[]]'abc').Count; $a = 3, 1, 2; [array]::Sort($a); $a -join ''; [array]::IndexOf($a, 2) => 3 | 123 | 1",
    })
    void evaluates(String script, String expected) {
        assertEquals(expected, eval(script));
    }
}
