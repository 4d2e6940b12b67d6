package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.lang.lexer.Lexer;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.lexer.SourceText;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerTest {
    /** Tokens of the text, the first read as a statement start and the rest as command arguments. */
    private static String command(String text) {
        return tokens(text, Mode.STATEMENT, Mode.COMMAND);
    }

    private static String expression(String text) {
        return tokens(text, Mode.EXPRESSION, Mode.EXPRESSION);
    }

    private static String tokens(String text, Mode first, Mode rest) {
        List<ParseError> errors = new ArrayList<>();
        Lexer lexer = new Lexer(new SourceText(null, text), 0, text.length(), errors);
        StringJoiner out = new StringJoiner(" ");
        Mode mode = first;
        while (true) {
            Token t = lexer.next(mode);
            if (t.kind() == TokenKind.EOF) break;
            out.add(t.toString());
            mode = rest;
        }
        for (ParseError e : errors) out.add("!" + e.errorId());
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "Get-Item C:\\temp\\x.xml => GENERIC(Get-Item) GENERIC(C:\\temp\\x.xml)",
        "Get-Mailbox user@contoso.com -Identity:x => GENERIC(Get-Mailbox) GENERIC(user@contoso.com) PARAMETER(Identity) GENERIC(x)",
        "Set-Thing -Folder Junk/ -Count 5 => GENERIC(Set-Thing) PARAMETER(Folder) GENERIC(Junk/) PARAMETER(Count) NUMBER(5)",
        "Get-Foo -Size 10MB -Days -5 => GENERIC(Get-Foo) PARAMETER(Size) NUMBER(10485760) PARAMETER(Days) NUMBER(-5)",
        "Get-Foo \u201Caffected user\u201D \u2013Bar 'a' => GENERIC(Get-Foo) STRING_EXPANDABLE PARAMETER(Bar) STRING_LITERAL(a)",
        "gci $env:TEMP\\x @splat => GENERIC(gci) GENERIC($env:TEMP\\x) SPLAT(splat)",
        "Get-X $a,$b => GENERIC(Get-X) VARIABLE(a) COMMA VARIABLE(b)",
        "x > out.txt 2>&1 => GENERIC(x) REDIRECTION(>) GENERIC(out.txt) REDIRECTION(2>&1)",
        "1|%{$_} => NUMBER(1) PIPE GENERIC(%) LCURLY VARIABLE(_) RCURLY",
        "Write-Output 1..3 5x => GENERIC(Write-Output) GENERIC(1..3) GENERIC(5x)",
        ". .\\lib.ps1 => DOT GENERIC(.\\lib.ps1)",
        "-not $x => OPERATOR(not) VARIABLE(x)",
        "Get-X # comment => GENERIC(Get-X)",
        "Get-X `\\n -Name a => GENERIC(Get-X) PARAMETER(Name) GENERIC(a)",
        "Get-Date -? => GENERIC(Get-Date) PARAMETER(?)",
        "Write-Output -?x => GENERIC(Write-Output) GENERIC(-?x)",
        "'it''s' => STRING_LITERAL(it's)",
        "'open => STRING_LITERAL(open) !TerminatorExpectedAtEndOfString",
        "Get-X <# block #> y => GENERIC(Get-X) GENERIC(y)",
    })
    void commandMode(String text, String expected) {
        assertEquals(expected, command(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "$a -eq 5 => VARIABLE(a) OPERATOR(eq) NUMBER(5)",
        "$a -CEQ $b -like 'x*' => VARIABLE(a) OPERATOR(ceq) VARIABLE(b) OPERATOR(like) STRING_LITERAL(x*)",
        "1..10 => NUMBER(1) DOTDOT NUMBER(10)",
        "0x1F + 1.5e3 + 2KB + 1.5d + 5L => NUMBER(31) PLUS NUMBER(1500.0) PLUS NUMBER(2048) PLUS NUMBER(1.5) PLUS NUMBER(5)",
        "$x += 1; $y -= 2 => VARIABLE(x) PLUS_EQUALS NUMBER(1) SEMI VARIABLE(y) MINUS_EQUALS NUMBER(2)",
        "[int]::MaxValue => LBRACKET IDENTIFIER(int) RBRACKET COLONCOLON IDENTIFIER(MaxValue)",
        "@{a=1} @(1) $(2) => AT_CURLY IDENTIFIER(a) EQUALS NUMBER(1) RCURLY AT_PAREN NUMBER(1) RPAREN DOLLAR_PAREN NUMBER(2) RPAREN",
        "$global:x ${a b} $_ $? => VARIABLE(global:x) VARIABLE(a b) VARIABLE(_) VARIABLE(?)",
        "$i++ --$j => VARIABLE(i) PLUSPLUS MINUSMINUS VARIABLE(j)",
        "5 \u2013gt 3 => NUMBER(5) OPERATOR(gt) NUMBER(3)",
        "\"a$b\" => STRING_EXPANDABLE",
        "@\"\\nline\\n\"@ => HERE_EXPANDABLE",
        "@'\\nit's\\n'@ => HERE_LITERAL(it's)",
        "@\"\\nopen => HERE_EXPANDABLE !TerminatorExpectedAtEndOfString",
        "!$a -and $b => EXCLAIM VARIABLE(a) OPERATOR(and) VARIABLE(b)",
    })
    void expressionMode(String text, String expected) {
        assertEquals(expected, expression(text.replace("\\n", "\n")));
    }
}
