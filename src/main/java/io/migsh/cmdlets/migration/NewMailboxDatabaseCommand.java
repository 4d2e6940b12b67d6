package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.MigrationErrors;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.runtime.SecureString;

/**
 * New-MailboxDatabase: a place for target mailboxes. With -ImapServer, a real IMAP server migsh logs in to as
 * each mailbox (or as -MasterUser on its behalf); with -EdbFilePath, another embedded Maildir store.
 */
@CmdletInfo(verb = "New", noun = "MailboxDatabase", supportsShouldProcess = true, defaultParameterSet = "Imap",
        outputType = DirectoryObjects.MAILBOX_DATABASE)
public class NewMailboxDatabaseCommand extends DirectoryCmdlet {
    @Parameter(mandatory = true, position = 0)
    String name;
    @Parameter(sets = "Imap", mandatory = true)
    String imapServer;
    @Parameter(sets = "Imap", validateRange = {1, 65535})
    Integer port;
    @Parameter(sets = "Imap")
    ImapSecurity security = ImapSecurity.Ssl;
    @Parameter(sets = "Imap")
    boolean acceptUntrustedCertificates;
    @Parameter(sets = "Imap")
    AuthenticationMethod authentication = AuthenticationMethod.Basic;
    @Parameter(sets = "Imap")
    String masterUser;
    @Parameter(sets = "Imap")
    SecureString masterPassword;
    @Parameter(sets = "Maildir", mandatory = true)
    String edbFilePath;

    @Override
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.SystemConfigurationTasks";
    }

    @Override
    protected void processRecord() {
        if (!shouldProcess(name, "New-MailboxDatabase")) return;
        MailboxDatabase db;
        if (edbFilePath != null) {
            db = session().directory().newMaildirDatabase(name, context().resolvePath(edbFilePath));
        } else {
            if ((masterUser == null) != (masterPassword == null)) {
                throw MigrationErrors.invalidArgument("-MasterUser and -MasterPassword go together: give both or "
                        + "neither.", name);
            }
            ImapServerSettings server = new ImapServerSettings(imapServer,
                    port != null ? port : ImapServerSettings.defaultPort(security), security, authentication,
                    acceptUntrustedCertificates);
            db = session().directory().newImapDatabase(name, server, masterUser, Arguments.secret(masterPassword));
        }
        writeObject(DirectoryObjects.database(db, session().serverName()));
    }
}
