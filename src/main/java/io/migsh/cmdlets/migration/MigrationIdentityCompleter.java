package io.migsh.cmdlets.migration;

import io.migsh.command.IdentityCompleter;
import io.migsh.runtime.ExecutionContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Tab completion of the migration cmdlets' identities (a parameter's {@code completion} kind): batch and endpoint
 * names, mailbox names and addresses, migration users' addresses, database names. Reads the store each time, so
 * objects another shell made are offered too.
 */
public final class MigrationIdentityCompleter implements IdentityCompleter {
    private static final int MAX = 200;
    private final ExecutionContext context;

    public MigrationIdentityCompleter(ExecutionContext context) {
        this.context = context;
    }

    @Override
    public List<String> complete(String kind, String prefix) {
        var s = MigrationSessions.of(context);
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        Stream<String> names = s.db().inTransaction(r -> switch (kind) {
            case "batch" -> r.batches().all().stream().map(b -> b.name()).toList();
            case "endpoint" -> r.endpoints().all().stream().map(e -> e.name()).toList();
            case "mailbox" -> r.mailboxes().all().stream().flatMap(m -> Stream.of(m.name(), m.primarySmtpAddress()))
                    .toList();
            case "migrationuser" -> r.session().query("SELECT email_address FROM migration_user ORDER BY email_key",
                    row -> row.getString("email_address"));
            case "database" -> r.databases().all().stream().map(d -> d.name()).toList();
            default -> List.<String>of();
        }).stream();
        return names.filter(n -> n.toLowerCase(Locale.ROOT).startsWith(p)).distinct().limit(MAX).toList();
    }
}
