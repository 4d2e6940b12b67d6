package io.migsh.csv;

/** CSV text that cannot be read: what is wrong and on which line (1-based) of the input. */
public final class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;

    public CsvFormatException(String message, long line) {
        super(message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
