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
                writeWarning("By default, only the first " + limit + " items are returned. Use the ResultSize "
                        + "parameter to specify the number of items returned. To return all items, specify "
                        + "\"-ResultSize Unlimited\". Be aware that, depending on the actual number of items, "
                        + "returning all items can take a long time and consume a large amount of memory. Also, we "
                        + "don't recommend storing the results in a variable. Instead, pipe the results to another "
                        + "task or script to perform batch changes.");
                return;
            }
            writeObject(DirectoryObjects.mailbox(m, db));
            written++;
        }
    }
}
