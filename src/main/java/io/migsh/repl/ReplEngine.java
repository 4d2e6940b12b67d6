package io.migsh.repl;

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
}
