package io.migsh.clixml;

/** A CLIXML document that cannot be read: what is wrong and where (1-based line and column, 0 when unknown). */
public final class ClixmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final int line;
    private final int column;

    public ClixmlException(String reason, int line, int column) {
        super(line > 0 ? reason + " Line " + line + ", position " + column + "." : reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** The message without the position. */
    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
