package io.migsh.store;

import java.sql.SQLException;

/** A failure of the state store, with the statement that failed. */
public final class StoreException extends RuntimeException {
    private final String sqlState;

    public StoreException(String sql, SQLException cause) {
        super(cause.getMessage() + " [" + firstLine(sql) + "]", cause);
        this.sqlState = cause.getSQLState();
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.sqlState = null;
    }

    /** True when a UNIQUE constraint refused the row (SQLSTATE 23505 on H2 and PostgreSQL). */
    public boolean isDuplicateKey() {
        return "23505".equals(sqlState);
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl);
    }
}
