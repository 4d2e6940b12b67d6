package io.migsh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One connection inside a transaction: parameterised statements and row mapping, nothing more. */
public final class SqlSession {
    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    private final Connection connection;

    SqlSession(Connection connection) {
        this.connection = connection;
    }

    public int update(String sql, Object... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /** Runs one statement for many argument rows as a JDBC batch. */
    public void batch(String sql, List<Object[]> rows) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] args : rows) {
                bind(ps, args);
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                Row row = new Row(rs);
                while (rs.next()) out.add(mapper.map(row));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... args) {
        return one(sql, r -> r.getLong(1), args).orElse(0L);
    }

    /** Runs a script of statements separated by semicolons at line ends (schema migrations). */
    void script(String text) {
        for (String statement : SqlScript.statements(text)) update(statement);
    }

    Connection connection() {
        return connection;
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (a instanceof UUID || a instanceof OffsetDateTime) {
                ps.setObject(i + 1, a);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    /** Typed reads of the current row by column name. */
    public static final class Row {
        private final ResultSet rs;

        Row(ResultSet rs) {
            this.rs = rs;
        }

        public String getString(String column) throws SQLException {
            return rs.getString(column);
        }

        public long getLong(int index) throws SQLException {
            return rs.getLong(index);
        }

        public long getLong(String column) throws SQLException {
            return rs.getLong(column);
        }

        public int getInt(String column) throws SQLException {
            return rs.getInt(column);
        }

        /** An INTEGER that may be NULL. */
        public Integer getInteger(String column) throws SQLException {
            int v = rs.getInt(column);
            return rs.wasNull() ? null : v;
        }

        public Long getLongOrNull(String column) throws SQLException {
            long v = rs.getLong(column);
            return rs.wasNull() ? null : v;
        }

        public boolean getBoolean(String column) throws SQLException {
            return rs.getBoolean(column);
        }

        public UUID getUuid(String column) throws SQLException {
            return rs.getObject(column, UUID.class);
        }

        public OffsetDateTime getTime(String column) throws SQLException {
            return rs.getObject(column, OffsetDateTime.class);
        }

        public <E extends Enum<E>> E getEnum(String column, Class<E> type) throws SQLException {
            String s = rs.getString(column);
            return s == null ? null : Enum.valueOf(type, s);
        }
    }
}
