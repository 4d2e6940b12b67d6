package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.MigrationErrors;
import io.migsh.migration.mailstore.MailboxContents;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.runtime.ErrorCategory;
import jakarta.mail.MessagingException;

/** Get-MailboxStatistics: a target mailbox's item count and size, read from its database's store. */
@CmdletInfo(verb = "Get", noun = "MailboxStatistics", outputType = DirectoryObjects.MAILBOX_STATISTICS)
public class GetMailboxStatisticsCommand extends DirectoryCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "mailbox")
    String identity;

    @Override
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.MapiTasks";
    }

    @Override
    protected void processRecord() {
        Mailbox m = session().directory().mailboxes(identity).get(0);
        MailboxDatabase db = session().directory().databaseOf(m);
        try {
            writeObject(DirectoryObjects.statistics(m, db, MailboxContents.read(m, db, session().db().secrets()),
                    session().serverName()));
        } catch (MessagingException e) {
            throw MigrationErrors.of("Microsoft.Exchange.MapiTasks.MapiExceptionNetworkError", "The mailbox '"
                    + m.primarySmtpAddress() + "' couldn't be read from '" + db.name() + "': " + e.getMessage(),
                    ErrorCategory.ConnectionError, identity);
        }
    }
}
