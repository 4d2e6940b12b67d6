package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.MailboxDatabase;

/** Get-MailboxDatabase: the default Maildir store and any other databases. */
@CmdletInfo(verb = "Get", noun = "MailboxDatabase", outputType = DirectoryObjects.MAILBOX_DATABASE)
public class GetMailboxDatabaseCommand extends DirectoryCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String identity;

    @Override
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.SystemConfigurationTasks";
    }

    @Override
    protected void processRecord() {
        for (MailboxDatabase d : session().directory().databases(identity)) {
            writeObject(DirectoryObjects.database(d, session().serverName()));
        }
    }
}
