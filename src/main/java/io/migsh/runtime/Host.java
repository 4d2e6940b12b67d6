package io.migsh.runtime;

/** The console the shell writes to and reads from: a terminal, a redirected stream, or a transcript in tests. */
public interface Host {
    /** Writes formatted output text as it is (the text carries its own line ends). */
    void write(String text);

    /** Writes one line on the error stream (red on a colour terminal). */
    void writeErrorLine(String text);

    void writeWarningLine(String text);

    void writeVerboseLine(String text);

    /** Write-Host: text with optional colours (null for the console's own), with or without a line end. */
    void writeHost(String text, ConsoleColor foreground, ConsoleColor background, boolean newline);

    /** Reads a line after showing a prompt; null at end of input. */
    String readLine(String prompt);

    /** Reads a line without echo (passwords); null at end of input. */
    char[] readSecret(String prompt);

    /** Columns available for tables and lists. */
    int width();

    /** True when a person is typing at a terminal (prompts for missing parameters and confirmations). */
    boolean isInteractive();

    /** Write-Progress: shows or updates a progress bar; a no-op where output is redirected. */
    default void progress(int id, String activity, String status, int percent, boolean completed) {}
}
