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
        this.sqlState = cause instanceof SQLException e ? e.getSQLState() : null;
    }

    /** True when a UNIQUE constraint refused the row (SQLSTATE 23505 on H2 and PostgreSQL). */
    public boolean isDuplicateKey() {
        return "23505".equals(sqlState);
    }

    /**
     * True when the database gave up on the transaction because of another one: a deadlock or serialization failure
     * (SQLSTATE 40001 on H2 and PostgreSQL) or a lock wait that timed out (H2's HYT00). Running it again can succeed.
     */
    public boolean isConflict() {
        return "40001".equals(sqlState) || "HYT00".equals(sqlState);
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl);
    }
}
