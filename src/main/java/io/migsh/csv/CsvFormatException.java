package io.migsh.csv;

/** CSV text that cannot be read: what is wrong, and where (1-based line and column of the input; 0 if unknown). */
public final class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final int column;

    public CsvFormatException(String message, long line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }
}
