package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.Unlimited;
import java.util.List;

/** Get-Mailbox: all target mailboxes (up to -ResultSize, 1000 by default), or one by any of its identities. */
@CmdletInfo(verb = "Get", noun = "Mailbox", outputType = DirectoryObjects.MAILBOX)
public class GetMailboxCommand extends DirectoryCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "mailbox")
    String identity;
    @Parameter
    Object resultSize = 1000;
    @Parameter
    String database;

    @Override
    protected void processRecord() {
        Unlimited limit = Arguments.unlimited("ResultSize", resultSize);
        List<Mailbox> all = session().directory().mailboxes(identity);
        int written = 0;
        for (Mailbox m : all) {
            var db = session().directory().databaseOf(m);
            if (database != null && !db.name().equalsIgnoreCase(database)) continue;
            if (limit.isExceededBy(written + 1)) {
                warnMoreResults(limit);
                return;
            }
            writeObject(DirectoryObjects.mailbox(m, db));
            written++;
        }
    }
}
