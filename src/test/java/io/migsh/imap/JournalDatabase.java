package io.migsh.imap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** An H2 in-memory database with the journal's schema, created by running V100__sync_journal.sql. */
final class JournalDatabase {
    final String url = "jdbc:h2:mem:journal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    JournalDatabase() {
        try (Connection c = connect(); InputStream in = getClass().getResourceAsStream(
                "/db/migration/V100__sync_journal.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder sql = new StringBuilder();
            try (Statement st = c.createStatement()) {
                for (String line : script.split("\n")) {
                    if (line.trim().startsWith("--")) continue;
                    sql.append(line).append('\n');
                    if (line.trim().endsWith(";")) {
                        st.execute(sql.toString().trim().replaceAll(";$", ""));
                        sql.setLength(0);
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    JdbcSyncJournal journal() {
        return new JdbcSyncJournal(this::connect);
    }
}
