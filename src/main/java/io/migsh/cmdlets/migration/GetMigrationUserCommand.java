package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.MigrationErrors;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.UserStatus;
import io.migsh.migration.model.UserStatusSummary;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Get-MigrationUser: one user by address or GUID, or the users of a batch, a status or a status summary. */
@CmdletInfo(verb = "Get", noun = "MigrationUser", defaultParameterSet = "Identity", outputType = UserObjects.USER)
public class GetMigrationUserCommand extends ExchangeCmdlet {
    @Parameter(position = 0, sets = "Identity", valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "migrationuser")
    String identity;
    @Parameter(sets = "MailboxGuid", mandatory = true)
    UUID mailboxGuid;
    @Parameter(sets = "EmailAddress", mandatory = true)
    String emailAddress;
    @Parameter(sets = "StatusAndBatchId", completion = "batch")
    String batchId;
    @Parameter(sets = "StatusAndBatchId")
    UserStatus status;
    @Parameter(sets = "StatusAndBatchId")
    UserStatusSummary statusSummary;
    @Parameter
    Object resultSize = 1000;

    @Override
    protected void processRecord() {
        var limit = Arguments.unlimited("ResultSize", resultSize);
        List<MigrationUser> users = find();
        UserPresenter p = UserPresenter.load(session());
        int written = 0;
        for (MigrationUser u : users) {
            if (limit.isExceededBy(written + 1)) {
                warnMoreResults(limit);
                return;
            }
            writeObject(p.user(u));
            written++;
        }
    }

    private List<MigrationUser> find() {
        return session().db().inTransaction(r -> {
            String one = identity != null ? identity : emailAddress;
            if (one != null || mailboxGuid != null) {
                var u = mailboxGuid != null ? r.users().byMailbox(mailboxGuid)
                        : io.migsh.migration.Identities.user(r.users(), one);
                return List.of(u.orElseThrow(() -> MigrationErrors.notFound(one != null ? one
                        : mailboxGuid.toString(), session().serverName())));
            }
            UUID batch = batchId == null ? null : session().batches().get(batchId).id();
            Set<UserStatus> statuses = EnumSet.noneOf(UserStatus.class);
            if (status != null) statuses.add(status);
            if (statusSummary != null) {
                for (UserStatus s : UserStatus.values()) {
                    if (s.summary() == statusSummary && (status == null || s == status)) statuses.add(s);
                }
                if (statuses.isEmpty()) return List.of();
            }
            return r.users().find(batch, statuses);
        });
    }
}
