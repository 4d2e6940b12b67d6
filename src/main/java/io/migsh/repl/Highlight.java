package io.migsh.repl;

/** One coloured stretch of the input line: [start, end) and what it is. */
public record Highlight(int start, int end, Kind kind) {
    /** The kinds of text the input line distinguishes, each with its colour. */
    public enum Kind {
        COMMAND("\u001b[93m"), UNKNOWN_COMMAND("\u001b[91;4m"), PARAMETER("\u001b[90m"), STRING("\u001b[36m"),
        VARIABLE("\u001b[92m"), NUMBER("\u001b[97m"), COMMENT("\u001b[32m"), OPERATOR("\u001b[90m"),
        KEYWORD("\u001b[92m"), TYPE("\u001b[37m"), ERROR("\u001b[41m");

        final String sgr;

        Kind(String sgr) {
            this.sgr = sgr;
        }
    }
}
