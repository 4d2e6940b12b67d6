package io.migsh.cmdlets.migration;

import io.migsh.command.IdentityCompleter;
import io.migsh.runtime.ExecutionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tab completion of the migration cmdlets' identities (a parameter's {@code completion} kind): batch and endpoint
 * names, mailbox names and addresses, migration users' addresses, database names. Reads the store each time, so
 * objects another shell made are offered too; each name is a prefix range on the lower-cased key column's unique
 * index, at most {@link #MAX} rows, so a Tab press costs the same with ten users or fifty thousand.
 */
public final class MigrationIdentityCompleter implements IdentityCompleter {
    static final int MAX = 200;

    /** Where a completion kind's names are: table, the name shown, its lower-cased key column. */
    private record Source(String table, String column, String key) {}

    private static final Map<String, List<Source>> SOURCES = Map.of(
            "batch", List.of(new Source("migration_batch", "name", "name_key")),
            "endpoint", List.of(new Source("migration_endpoint", "name", "name_key")),
            "mailbox", List.of(new Source("mailbox", "name", "name_key"), new Source("mailbox", "primary_smtp",
                    "smtp_key")),
            "migrationuser", List.of(new Source("migration_user", "email_address", "email_key")),
            "database", List.of(new Source("mailbox_database", "name", "name_key")));

    private final ExecutionContext context;

    public MigrationIdentityCompleter(ExecutionContext context) {
        this.context = context;
    }

    @Override
    public List<String> complete(String kind, String prefix) {
        List<Source> sources = SOURCES.get(kind);
        if (sources == null) return List.of();
        String pattern = likeEscaped(prefix == null ? "" : prefix.toLowerCase(Locale.ROOT)) + "%";
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        MigrationSessions.of(context).db().read(s -> {
            for (Source src : sources) {
                names.addAll(s.query("SELECT " + src.column() + " AS completion FROM " + src.table() + " WHERE "
                        + src.key() + " LIKE ? ESCAPE '\\' ORDER BY " + src.key() + " LIMIT " + MAX,
                        row -> row.getString("completion"), pattern));
            }
            return null;
        });
        List<String> out = new ArrayList<>(names);
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    /** The prefix as a LIKE pattern that matches it literally. */
    private static String likeEscaped(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
