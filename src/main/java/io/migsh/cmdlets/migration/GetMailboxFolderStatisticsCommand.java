package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.MigrationErrors;
import io.migsh.migration.mailstore.FolderStats;
import io.migsh.migration.mailstore.MailboxContents;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.runtime.ErrorCategory;
import jakarta.mail.MessagingException;
import java.util.List;

/**
 * Get-MailboxFolderStatistics: each folder of a target mailbox with its item count and size, first the "Top of
 * Information Store", to compare with the source's Get-ImapFolders.
 */
@CmdletInfo(verb = "Get", noun = "MailboxFolderStatistics", outputType = DirectoryObjects.FOLDER_STATISTICS)
public class GetMailboxFolderStatisticsCommand extends DirectoryCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "mailbox")
    String identity;
    @Parameter(validateSet = {"All", "Archive", "DeletedItems", "Drafts", "Inbox", "JunkEmail", "Outbox",
        "SentItems", "User Created"})
    String folderScope;
    @Parameter
    boolean includeOldestAndNewestItems;
    @Parameter
    Object resultSize = 1000;

    @Override
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.Tasks";
    }

    @Override
    protected void processRecord() {
        Mailbox m = session().directory().mailboxes(identity).get(0);
        MailboxDatabase db = session().directory().databaseOf(m);
        List<FolderStats> folders;
        try {
            folders = MailboxContents.read(m, db, session().db().secrets());
        } catch (MessagingException e) {
            throw MigrationErrors.of("Microsoft.Exchange.MapiTasks.MapiExceptionNetworkError", "The mailbox '"
                    + m.primarySmtpAddress() + "' couldn't be read from '" + db.name() + "': " + e.getMessage(),
                    ErrorCategory.ConnectionError, identity);
        }
        var limit = Arguments.unlimited("ResultSize", resultSize);
        int written = 0;
        if (folderScope == null || folderScope.equalsIgnoreCase("All")) {
            writeObject(DirectoryObjects.top(m, folders));
            written++;
        }
        for (FolderStats f : folders) {
            if (!FolderTypes.inScope(folderScope, FolderTypes.of(f.path()))) continue;
            if (limit.isExceededBy(written + 1)) {
                warnMoreResults(limit);
                return;
            }
            writeObject(DirectoryObjects.folder(m, f, folders, includeOldestAndNewestItems));
            written++;
        }
    }
}
