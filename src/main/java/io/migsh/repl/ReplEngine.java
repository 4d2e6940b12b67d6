package io.migsh.repl;

import java.util.List;

/** What the interactive loop needs from the shell: a prompt, input checks, running a line, stopping it. */
public interface ReplEngine {
    /** "PS /current/dir> " */
    String prompt();

    /** True when the text is unfinished and the user should keep typing at the {@code >> } prompt. */
    boolean isIncomplete(String text);

    /** Runs one complete input; returns false when the shell should end (exit). */
    boolean execute(String text);

    /** Ctrl+C while a command runs: stop it at its next step. */
    void interrupt();

    /** The coloured stretches of the text being typed. */
    default List<Highlight> highlight(String text) {
        return List.of();
    }

    /** F1: a command's synopsis and syntax, or null when the name is not a command with help. */
    default String synopsis(String command) {
        return null;
    }
}
