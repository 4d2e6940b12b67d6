package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFileTest {
    @TempDir
    Path dir;

    private LangFixture fixture() {
        return new LangFixture(dir);
    }

    @Test
    void redirectsOutputToAFileThroughOutFile() throws Exception {
        LangFixture fx = fixture();
        fx.run("'one', 'two' > out.txt; 'three' >> out.txt; Write-Output 4 > other.txt");
        assertEquals("one\ntwo\nthree\n", Files.readString(dir.resolve("out.txt")));
        assertEquals("4\n", Files.readString(dir.resolve("other.txt")));
    }

    @Test
    void redirectsErrorsToAFile() throws Exception {
        LangFixture fx = fixture();
        fx.run("Get-Box bad 2> err.txt");
        assertEquals("The box 'bad' was not found.\n", Files.readString(dir.resolve("err.txt")));
        assertEquals(0, fx.errors.size());
    }

    @Test
    void runsAScriptByPathWithItsOwnScopeAndParameters() throws Exception {
        Files.writeString(dir.resolve("simple.ps1"), "\"root=$([IO.Path]::GetFileName($PSScriptRoot)) args=$($args.Count)\"\n"
                + "function Helper { 'helped' }\n");
        LangFixture fx = fixture();
        List<Object> out = fx.run(".\\simple.ps1 a b; \"[$inner]\"; Helper");
        assertEquals(dir.getFileName() + "", String.valueOf(out.get(0)).replaceAll("root=(.*) args=2", "$1"));
        assertEquals("[]", out.get(1));
        assertEquals(1, fx.errors.size());
        assertEquals("CommandNotFoundException", fx.errors.get(0).errorId());
    }

    @Test
    void dotSourcingKeepsFunctionsAndVariables() throws Exception {
        Files.writeString(dir.resolve("lib.ps1"), "$libVar = 'from lib'\nfunction Get-Lib { 'lib function' }\n");
        LangFixture fx = fixture();
        assertEquals(List.of("from lib", "lib function"), fx.run(". .\\lib.ps1\n$libVar\nGet-Lib"));
        assertEquals(0, fx.errors.size());
    }

    @Test
    void runAsFileBindsParamBlockFromArguments() {
        LangFixture fx = fixture();
        List<Object> out = new ArrayList<>();
        fx.interpreter.run("param($Batch, [switch]$Force)\n\"$Batch $Force $PSCommandPath\"", dir.resolve("x.ps1").toString(),
                List.of("-Batch", "b1", "-Force"), out::add);
        assertEquals("b1 True " + dir.resolve("x.ps1"), out.get(0));
    }

    @Test
    void exitEndsTheRunWithItsCode() {
        LangFixture fx = fixture();
        List<Object> out = new ArrayList<>();
        ExitException e = assertThrows(ExitException.class,
                () -> fx.interpreter.run("'before'; exit 3; 'after'", null, List.of(), out::add));
        assertEquals(3, e.code());
        assertEquals(List.of("before"), out);
    }

    @Test
    void exitInACalledScriptSetsLastExitCode() throws Exception {
        Files.writeString(dir.resolve("quit.ps1"), "'in'\nexit 7\n'never'\n");
        assertEquals(List.of("in", 7), fixture().run(".\\quit.ps1; $LASTEXITCODE"));
    }

    @Test
    void throwEndsTheScriptAsATerminatingErrorWithItsPosition() {
        LangFixture fx = fixture();
        PsException e = assertThrows(PsException.class, () -> fx.interpreter.run("'a'\n  throw \"bad thing\"\n'b'",
                "s.ps1", List.of(), x -> { }));
        ErrorRecord r = e.record();
        assertEquals("bad thing", r.message());
        assertEquals("bad thing", r.errorId());
        assertEquals("System.Management.Automation.RuntimeException", r.exceptionType());
        SourcePosition p = r.position();
        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertEquals("  throw \"bad thing\"", p.lineText());
        assertTrue(p.file().endsWith("s.ps1"));
        assertEquals(r, fx.interpreter.context().variables().get("Error") instanceof List<?> l ? l.get(0) : null);
    }

    @Test
    void parseErrorsAreParseExceptionsWithTheOffendingColumn() {
        LangFixture fx = fixture();
        PsException e = assertThrows(PsException.class, () -> fx.run("$x = 5 6"));
        assertEquals("System.Management.Automation.ParseException", e.record().exceptionType());
        assertEquals("UnexpectedToken", e.record().errorId());
        assertEquals("Unexpected token '6' in expression or statement.", e.getMessage());
        assertEquals(8, e.record().position().column());
        assertEquals(io.migsh.runtime.ErrorCategory.ParserError, e.record().category());
    }

    @Test
    void commandNotFoundHasPowerShellsTextAndPosition() {
        LangFixture fx = fixture();
        fx.run("'x' | Get-Foo -Bar 1");
        ErrorRecord r = fx.errors.get(0);
        assertEquals("The term 'Get-Foo' is not recognized as a name of a cmdlet, function, script file, or executable "
                + "program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct "
                + "and try again.", r.message());
        assertEquals(io.migsh.runtime.ErrorCategory.ObjectNotFound, r.category());
        assertEquals(7, r.position().column());
        assertEquals(7, r.position().length());
    }

    @Test
    void sessionStateReadsAndWritesScopedVariables() {
        LangFixture fx = fixture();
        var vars = fx.interpreter.context().variables();
        vars.set("fromJava", 42);
        fx.run("$global:g = 'G'; $fromJava2 = $fromJava + 1");
        assertEquals("G", vars.get("global:g"));
        assertEquals(43, vars.get("fromJava2"));
        assertEquals(io.migsh.runtime.ActionPreference.Continue, vars.get("ErrorActionPreference"));
        vars.set("env:MIGSH_X", "1");
        assertEquals(List.of("1"), fx.run("$env:MIGSH_X"));
    }

    @Test
    void errorListIsNewestFirst() {
        LangFixture fx = fixture();
        List<Object> out = fx.run("Get-Box bad; Get-Nope; $Error[0].FullyQualifiedErrorId; $Error.Count");
        assertEquals(List.of("CommandNotFoundException", 2), out);
    }

    @Test
    void incompleteInputIsReportedForTheContinuationPrompt() {
        LangFixture fx = fixture();
        assertTrue(fx.interpreter.parse("if ($x) {").incomplete());
        assertTrue(fx.interpreter.parse("Get-Box a |").incomplete());
        assertTrue(fx.interpreter.parse("'open").incomplete());
        assertTrue(fx.interpreter.parse("@\"\nx").incomplete());
        assertTrue(fx.interpreter.parse("Get-Box a `").incomplete());
        assertTrue(fx.interpreter.parse("$h = @{").incomplete());
        assertTrue(!fx.interpreter.parse("Get-Box a )").incomplete());
        assertTrue(fx.interpreter.parse("Get-Box a").ok());
    }

    @Test
    void aStopRequestEndsAnEndlessLoop() {
        LangFixture fx = fixture();
        fx.interpreter.context().requestStop();
        PsException e = assertThrows(PsException.class, () -> fx.run("while ($true) { }; 'never'"));
        assertEquals("The pipeline has been stopped.", e.getMessage());
        fx.interpreter.context().clearStop();
        assertEquals(List.of("ok"), fx.run("'ok'"));
    }

    @Test
    void readsFileBytesAndTextThroughDotNetStatics() throws Exception {
        Files.writeString(dir.resolve("users.csv"), "EmailAddress,UserName\na@contoso.com,a\n");
        LangFixture fx = fixture();
        assertEquals(List.of(38, "EmailAddress,UserName", true, false), fx.run("[System.IO.File]::ReadAllBytes('users.csv').Count; "
                + "[IO.File]::ReadAllLines(\"$PWD/users.csv\")[0]; [System.IO.File]::Exists('users.csv'); "
                + "[IO.File]::Exists('nope.csv')"));
        fx.run("[IO.File]::ReadAllText('missing.txt')");
        assertEquals("Exception calling \"ReadAllText\" with \"1\" argument(s): \"Could not find file '"
                + dir.resolve("missing.txt") + "'.\"", fx.errors.get(0).message());
    }

    @Test
    void endlessRecursionIsACallDepthErrorNotACrash() {
        LangFixture fx = fixture();
        assertEquals(List.of("The script failed due to call depth overflow.", "survived"),
                fx.run("function d($n) { d ($n + 1) }; try { d 0 } catch { $_.Exception.Message }; 'survived'"));
        assertEquals(List.of(2), fx.run("1 + 1"));
    }

    @Test
    void errorActionStopEndsTheScriptUnlessCaught() {
        LangFixture fx = fixture();
        List<Object> out = new ArrayList<>();
        PsException e = assertThrows(PsException.class, () -> fx.interpreter.run(
                "'before'; Get-Box bad -ErrorAction Stop; 'after'", null, List.of(), out::add));
        assertEquals("The box 'bad' was not found.", e.getMessage());
        assertEquals(List.of("before"), out);
        out.clear();
        assertThrows(PsException.class, () -> fx.interpreter.run("function f { [CmdletBinding()] param() Get-Box bad; "
                + "'in f' }; f -ea Stop; 'after'", null, List.of(), out::add));
        assertEquals(List.of(), out);
        assertEquals(List.of("caught", "after"), fx.run("try { Get-Box bad -ErrorAction Stop } catch { 'caught' }; 'after'"));
        assertEquals(List.of("after"), fx.run("Get-Box bad -ErrorAction Continue; 'after'"));
    }
}
