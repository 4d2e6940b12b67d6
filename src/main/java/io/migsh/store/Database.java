package io.migsh.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * The state store: an H2 file database {@code <dataDir>/state} in automatic mixed mode, so several shells on one
 * data directory share it (the first opens the file and serves the others over TCP). Every state change runs in
 * {@link #transaction}; the schema is brought up to date when the store opens.
 */
public final class Database implements AutoCloseable {
    private static final int MAX_IDLE = 8;
    /** How often a transaction that lost a deadlock or a lock wait is run in all. */
    private static final int CONFLICT_ATTEMPTS = 5;

    private final String url;
    private final String user;
    private final String password;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private final SecretBox secrets;
    private volatile boolean closed;

    /** Work done with a session; a result of null is fine. */
    @FunctionalInterface
    public interface Work<T> {
        T run(SqlSession session);
    }

    private Database(String url, String user, String password, SecretBox secrets) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.secrets = secrets;
    }

    /** Opens (creating if needed) the store in a data directory and applies the schema migrations. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // QUERY_CACHE_SIZE=64: the journal and the repositories use more distinct statements than H2's default of
        // 8 parsed ones per session, so with the default a pooled session parsed most of its SQL again on every call.
        // MAX_COMPACT_TIME stays at H2's default: with 0 (no compaction on close, ~200 ms saved per process), a
        // process killed while creating a batch left a file H2 2.2 could not open again ("Double mark", H2 issue
        // 2752), three times in three runs of DataSafetyTest.
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("state")
                + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000;CACHE_SIZE=65536;QUERY_CACHE_SIZE=64";
        Database db = new Database(url, "sa", "", SecretBox.open(dataDir));
        try (FileChannel ch = FileChannel.open(dataDir.resolve("schema.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            db.migrate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return db;
    }

    /** The versions of the schema migrations recorded as applied. */
    public java.util.Set<Integer> schemaVersions() {
        return new SchemaMigrator(this).applied();
    }

    List<Integer> migrate() {
        return new SchemaMigrator(this).migrate(Database.class.getClassLoader());
    }

    public SecretBox secrets() {
        return secrets;
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws. A transaction the
     * database chose as a deadlock victim, or that waited too long for a lock, is run again (a few times, after a
     * short random pause): the work must touch nothing but the store.
     */
    public <T> T transaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (StoreException e) {
                if (!e.isConflict() || attempt == CONFLICT_ATTEMPTS) throw e;
                pause(attempt);
            }
        }
    }

    private <T> T once(Work<T> work) {
        Connection c = borrow();
        boolean ok = false;
        try {
            c.setAutoCommit(false);
            T result = work.run(new SqlSession(c));
            c.commit();
            ok = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        } finally {
            if (!ok) rollbackQuietly(c);
            giveBack(c);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to retry a transaction", e);
        }
    }

    /** Runs work over every repository in one transaction. */
    public <T> T inTransaction(java.util.function.Function<Repositories, T> work) {
        return transaction(s -> work.apply(new Repositories(s)));
    }

    /** Runs read-only work (still one transaction, for a consistent view). */
    public <T> T read(Work<T> work) {
        return transaction(work);
    }

    /**
     * A pooled connection in auto-commit mode for code that speaks JDBC itself, such as the sync engine's journal,
     * whose tables share this database; closing it hands it back to the pool.
     */
    public Connection lend() throws SQLException {
        try {
            return LentConnection.of(borrow(), this::giveBack);
        } catch (StoreException | IllegalStateException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private Connection borrow() {
        if (closed) throw new IllegalStateException("the state store is closed");
        Connection c = idle.pollFirst();
        try {
            while (c != null && !c.isValid(2)) {
                closeQuietly(c);
                c = idle.pollFirst();
            }
            return c != null ? c : DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new StoreException("cannot open the state store at " + url + ": " + e.getMessage(), e);
        }
    }

    private void giveBack(Connection c) {
        if (closed || idle.size() >= MAX_IDLE) {
            closeQuietly(c);
        } else {
            idle.offerFirst(c);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; giveBack's validity check drops it next time
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing more to do
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) closeQuietly(c);
    }
}
