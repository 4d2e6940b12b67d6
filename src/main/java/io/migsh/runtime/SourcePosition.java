package io.migsh.runtime;

/** Where in the source text something is: for error carets and "At line:1 char:5" messages. 1-based line and column. */
public record SourcePosition(String file, int line, int column, int length, String lineText) {
    public static final SourcePosition NONE = new SourcePosition(null, 0, 0, 0, "");

    public boolean isKnown() {
        return line > 0;
    }
}
