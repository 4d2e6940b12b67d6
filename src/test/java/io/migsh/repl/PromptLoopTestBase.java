package io.migsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.shell.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompt loop of a real {@link Shell} over a temporary data directory on a virtual xterm, with helpers to type
 * keys and read the screen back: the base of the tests that check what a person at the prompt sees.
 */
abstract class PromptLoopTestBase {
    static final String CTRL_C = "\u0003";
    static final String CTRL_D = "\u0004";
    /** The up arrow as xterm sends it once JLine has put the keypad in application mode. */
    static final String UP = "\u001bOA";
    static final String F1 = "\u001bOP";

    @TempDir
    Path temp;

    Path work;
    Path data;
    String prompt;
    VirtualTerminal vt;
    Shell shell;
    Thread loop;
    /** The environment the console decides colour from; NO_COLOR here turns colour off as in a real session. */
    Map<String, String> environment = Map.of();

    /** Starts a shell on a fresh screen; setup lines run first, as a profile would, and are cleared away. */
    void start(String... setup) throws Exception {
        work = Files.createDirectories(temp.resolve("work"));
        data = temp.resolve("data");
        prompt = "PS " + work + ">";
        vt = new VirtualTerminal(110, 40);
        InteractiveConsole console = InteractiveConsole.over(vt.terminal(),
                InteractiveConsole.colourWanted(vt.terminal(), environment::get));
        shell = new Shell(console.host(), work, data, Clock.systemUTC());
        for (String line : setup) {
            // a line that silences its errors reports them through $? all the same
            boolean ok = shell.runLine(line);
            if (!line.contains("-ErrorAction SilentlyContinue")) assertTrue(ok, line);
        }
        vt.terminal().puts(org.jline.utils.InfoCmp.Capability.clear_screen);
        vt.terminal().flush();
        loop = new Thread(() -> console.run(shell, shell.interpreter().commands(), shell.context(),
                data.resolve("history.txt")), "prompt loop");
        loop.start();
        awaitIdle();
    }

    @AfterEach
    void stop() throws Exception {
        if (vt != null) vt.close();
        if (loop != null) loop.join(10_000);
        if (shell != null) shell.close();
    }

    /** Waits for an empty prompt on the last line in use: the shell is waiting for a command. */
    void awaitIdle() {
        vt.await("an empty prompt", s -> lastLine(s).equals(prompt));
    }

    static String lastLine(String screen) {
        String[] lines = screen.split("\n");
        return lines[lines.length - 1];
    }

    /** Types a line and waits for it to end and the prompt to come back. */
    void run(String line) {
        awaitIdle();
        vt.type(line + "\r");
        vt.await("the prompt after " + line, s -> s.contains(prompt + " " + line) && lastLine(s).equals(prompt));
    }

    /**
     * Types a partial line, presses Tab, and returns the screen once it shows the expected text and the cursor is back
     * on the line being edited: JLine may draw a long list below in several writes, and returns only when it is done.
     */
    String tab(String partial, String expected) {
        awaitIdle();
        vt.type(partial);
        vt.awaitText(prompt + " " + partial.stripTrailing());
        vt.type("\t");
        return vt.awaitView("'" + expected + "' with the cursor back on the prompt line",
                v -> v.screen().contains(expected) && v.cursorRow() == v.rowOf(prompt)).screen();
    }

    /** Abandons the line being edited (Ctrl+C at the prompt) and waits for a fresh prompt. */
    void abandonLine() {
        vt.type(CTRL_C);
        awaitIdle();
    }

    void assertStyle(int row, int column, Highlight.Kind kind) {
        assertEquals(VirtualTerminal.styleOf(kind.sgr), vt.style(row, column),
                "cell " + column + " of row " + row + " is not " + kind + "\n" + vt.screen());
    }

}
