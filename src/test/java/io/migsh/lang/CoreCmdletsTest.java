package io.migsh.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.cmdlets.core.CoreCmdlets;
import io.migsh.command.Cmdlet;
import io.migsh.command.CommandRegistry;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language together with the real core cmdlets: the pipelines admins paste. */
class CoreCmdletsTest {
    private static String eval(String script) {
        CommandRegistry commands = new CommandRegistry();
        for (Class<? extends Cmdlet> c : CoreCmdlets.all()) commands.addCmdlets(c);
        return new LangFixture(Path.of("."), commands).text(script.replace("\\n", "\n"));
    }

    private static final String FAILURES = "$s = [pscustomobject]@{ Report = [pscustomobject]@{ Failures = @("
            + "[pscustomobject]@{ FailureType = 'TooManyBadItems'; Message = 'm1' }, "
            + "[pscustomobject]@{ FailureType = 'Transient'; Message = 'm2' }, "
            + "[pscustomobject]@{ FailureType = 'Transient'; Message = 'm3' }) } }; ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "1..200 | Where-Object { $_ % 50 -eq 0 } | ForEach-Object { $_ / 50 } => 1 | 2 | 3 | 4",
        "(1..10 | Measure-Object -Sum).Sum => 55",
        "'b', 'a', 'c' | Sort-Object => a | b | c",
        FAILURES + "$s.Report.Failures[-1].Message => m3",
        FAILURES + "($s.Report.Failures | select -Last 2).Message => m2 | m3",
        FAILURES + "$s.Report.Failures | group failuretype -NoElement | % { \"$($_.Name)=$($_.Count)\" } => TooManyBadItems=1 | Transient=2",
        FAILURES + "($s.Report.Failures | Where FailureType -eq Transient).Count => 2",
        FAILURES + "$s.Report.Failures.FailureType | Select-Object -Unique => TooManyBadItems | Transient",
        "Get-Foo \u201Caffected user\u201D -Bar \"a, b\" => !CommandNotFoundException",
        "$x = Write-Output 1, 2, 3; $x.Count => 3",
        "function Get-Double { param([Parameter(ValueFromPipeline)][int]$N) process { $N * 2 } }; 1..3 | Get-Double | Measure-Object -Sum | % Sum => 12",
        "Write-Error 'oops'; 'next' => next | !Microsoft.PowerShell.Commands.WriteErrorException,Write-Error",
        "try { Write-Error 'stop me' -ErrorAction Stop } catch { $_.Exception.Message } => stop me",
        "1..3 | Select-Object @{ n = 'Double'; e = { $_ * 2 } } | % Double => 2 | 4 | 6",
        "Set-Variable -Name v -Value 5; $v; Get-Variable v -ValueOnly => 5 | 5",
    })
    void runsWithTheCoreCmdlets(String script, String expected) {
        assertEquals(expected, eval(script));
    }
}
