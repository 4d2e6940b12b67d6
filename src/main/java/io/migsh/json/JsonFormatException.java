package io.migsh.json;

/** JSON text that cannot be converted: the message, and the 1-based line and column (0 when not about a place). */
public final class JsonFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String errorId;
    private final int line;
    private final int column;

    public JsonFormatException(String message, String errorId, int line, int column) {
        super(message);
        this.errorId = errorId;
        this.line = line;
        this.column = column;
    }

    public String errorId() {
        return errorId;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
