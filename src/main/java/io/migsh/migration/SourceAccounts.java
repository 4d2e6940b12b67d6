package io.migsh.migration;

import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.model.MigrationUser;

/** The source login of a migration user (its batch's endpoint and its CSV row), for tools that look at the source. */
public final class SourceAccounts {
    /** A source account; the password is clear text for the caller to use once and forget. */
    public record Account(ImapServerSettings server, String userName, char[] password, String userRoot) {
        @Override
        public String toString() {
            return "Account[" + userName + "@" + server.host() + "]";
        }
    }

    private SourceAccounts() {}

    public static Account of(MigrationSession session, String migrationUser) {
        return session.db().inTransaction(r -> {
            MigrationUser u = Identities.user(r.users(), migrationUser)
                    .orElseThrow(() -> MigrationErrors.notFound(migrationUser, session.serverName()));
            MigrationBatch b = r.batches().byId(u.batchId()).orElseThrow();
            MigrationEndpoint e = r.endpoints().byId(b.sourceEndpointId()).orElseThrow();
            return new Account(e.server(), u.userName(), session.db().secrets().open(u.passwordSecret()),
                    u.userRoot());
        });
    }
}
