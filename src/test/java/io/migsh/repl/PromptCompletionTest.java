package io.migsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tab at the prompt for the kinds of completion the other screen tests leave out: the session's own functions,
 * aliases, every command of a verb, and the methods of a variable's value.
 */
class PromptCompletionTest extends PromptLoopTestBase {
    @Test
    void tab_completes_functions_defined_in_the_session_and_aliases() throws Exception {
        start("function Get-WaveReport { param($Wave) \"report of $Wave\" }");
        tab("Get-WaveR", prompt + " Get-WaveReport");
        vt.type("-");
        vt.type("\t");
        vt.awaitText(prompt + " Get-WaveReport -Wave");
        vt.type(" 3\r");
        vt.awaitText("\nreport of 3");
        awaitIdle();

        tab("slee", prompt + " sleep");
        abandonLine();
        String screen = tab("hist", "history");
        assertTrue(screen.contains(prompt + " hist"), screen);
    }

    @Test
    void tab_after_a_verb_lists_every_command_of_that_verb_and_no_other() throws Exception {
        start();
        String screen = tab("Start-", "Start-Sleep");
        String list = screen.substring(screen.indexOf(prompt + " Start-") + prompt.length() + 7);
        List<String> shown = List.of(list.trim().split("\\s+"));
        List<String> expected = shell.interpreter().commands().all().stream().map(c -> c.name())
                .filter(n -> n.startsWith("Start-")).sorted().toList();
        assertEquals(expected, shown.stream().sorted().toList(), screen);
        assertTrue(shown.contains("Start-MigrationBatch"), screen);
        assertFalse(screen.contains("Stop-"), screen);
    }

    @Test
    void tab_completes_the_methods_of_a_variables_value_and_the_call_runs() throws Exception {
        start("$mailbox = 'ann@contoso.com'", "$when = [datetime]'2026-01-05 14:30'");
        tab("$mailbox.Subs", prompt + " $mailbox.Substring(");
        vt.type("0, 3)\r");
        vt.awaitText("\nann");
        awaitIdle();

        String screen = tab("$mailbox.ToU", "ToUpperInvariant(");
        assertTrue(screen.contains("$mailbox.ToUpper(") || screen.contains("ToUpper("), screen);
        abandonLine();

        screen = tab("$when.AddM", "AddMonths(");
        assertTrue(screen.contains("AddMinutes(") && screen.contains("AddMilliseconds("), screen);
    }
}
