package io.migsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NO_COLOR (https://no-color.org) at the prompt: the typed line is not highlighted and errors, warnings and
 * verbose lines are plain, while the same screen with NO_COLOR unset or empty shows colour.
 */
class NoColorPromptTest extends PromptLoopTestBase {
    private static final long PLAIN = VirtualTerminal.styleOf("");

    private void assertPlainRow(int row) {
        for (int c = 0; c < vt.lines().get(row).length(); c++) {
            assertEquals(PLAIN, vt.style(row, c), "cell " + c + " of row " + row + " has a colour\n" + vt.screen());
        }
    }

    @Test
    void with_no_color_set_nothing_on_the_screen_is_coloured() throws Exception {
        environment = Map.of("NO_COLOR", "1");
        start();
        String line = "Get-MigrationBatch -Status 'Syncing' $limit 42 # check";
        vt.type(line);
        vt.awaitText(prompt + " " + line);
        assertPlainRow(vt.rowOf(prompt + " " + line));
        abandonLine();

        vt.type("Get-MigratonBatch | Where-Object {");
        vt.awaitText("Get-MigratonBatch | Where-Object {");
        assertPlainRow(vt.rowOf("Get-MigratonBatch"));
        abandonLine();

        run("Write-Error 'it failed'");
        run("Write-Warning 'look out'");
        run("Write-Verbose 'step by step' -Verbose");
        assertPlainRow(vt.rowOf("Write-Error: it failed"));
        assertPlainRow(vt.rowOf("WARNING: look out"));
        assertPlainRow(vt.rowOf("VERBOSE: step by step"));
        // JLine's fresh-line mark (a grey '~' that the prompt overwrites at once) is the only colour code sent.
        String sent = vt.raw().replace("\u001b[90m~\u001b[0m", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(".{0,40}\u001b\\[(9[0-7]|3[0-7])m.{0,40}").matcher(sent);
        assertFalse(m.find(), () -> "a colour code was sent: " + m.group().replace("\u001b", "ESC"));
    }

    @Test
    void an_empty_no_color_is_as_if_unset() throws Exception {
        environment = Map.of("NO_COLOR", "");
        start();
        run("Write-Warning 'look out'");
        assertNotEquals(PLAIN, vt.style(vt.rowOf("WARNING: look out"), 0), vt.screen());
    }

    @Test
    void colour_is_wanted_unless_no_color_has_a_value_or_the_terminal_is_dumb() throws Exception {
        try (VirtualTerminal xterm = new VirtualTerminal(80, 10)) {
            assertTrue(InteractiveConsole.colourWanted(xterm.terminal(), Map.<String, String>of()::get));
            assertTrue(InteractiveConsole.colourWanted(xterm.terminal(), Map.of("NO_COLOR", "")::get));
            assertFalse(InteractiveConsole.colourWanted(xterm.terminal(), Map.of("NO_COLOR", "1")::get));
        }
    }
}
