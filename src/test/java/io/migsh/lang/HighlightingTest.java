package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighlightingTest {
    private static String spans(String text) {
        StringJoiner j = new StringJoiner(" ");
        for (Highlighting.Span s : Highlighting.spans(text, Set.of("Get-Box", "Where-Object", "ft")::contains)) {
            j.add(s.kind() + "(" + text.substring(s.start(), s.end()) + ")");
        }
        return j.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "Get-Box -Identity 'a' 5 => COMMAND(Get-Box) PARAMETER(-Identity) STRING('a') NUMBER(5)",
        "Get-Nope x # note => UNKNOWN_COMMAND(Get-Nope) COMMENT(# note)",
        "$x = 1 + 2 => VARIABLE($x) OPERATOR(=) NUMBER(1) OPERATOR(+) NUMBER(2)",
        "$a -eq $b | ft => VARIABLE($a) OPERATOR(-eq) VARIABLE($b) COMMAND(ft)",
        "if ($x) { Get-Box } => KEYWORD(if) VARIABLE($x) COMMAND(Get-Box)",
        "[int]$n = [Math]::Round(2.5) => TYPE([int]) VARIABLE($n) OPERATOR(=) TYPE([Math]) OPERATOR(::) NUMBER(2.5)",
        "function Get-Y { } => KEYWORD(function) COMMAND(Get-Y)",
        "Get-Box a | Where-Object { $_.Size -gt 5 } => COMMAND(Get-Box) COMMAND(Where-Object) VARIABLE($_) OPERATOR(-gt) NUMBER(5)",
        "$x = 5 6 => VARIABLE($x) OPERATOR(=) NUMBER(5) ERROR(6)",
        "Get-Box \"user $name of ${my batch}\" => COMMAND(Get-Box) STRING(\"user ) VARIABLE($name) STRING( of ) VARIABLE(${my batch}) STRING(\")",
        "\"$env:HOME and `$x and $($y)\" => STRING(\") VARIABLE($env:HOME) STRING( and `$x and $() VARIABLE($y) STRING()\")",
        "'$literal' => STRING('$literal')",
        "$n ??= $x ?? 5 => VARIABLE($n) OPERATOR(??=) VARIABLE($x) OPERATOR(??) NUMBER(5)",
        "$ok ? 'yes' : 'no' => VARIABLE($ok) OPERATOR(?) STRING('yes') OPERATOR(:) STRING('no')",
    })
    void classifiesTheInputLine(String text, String expected) {
        assertEquals(expected, spans(text));
    }
}
