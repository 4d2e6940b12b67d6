package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.MigrationErrors;
import io.migsh.migration.SourceAccounts;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.probe.ImapConnector;
import io.migsh.migration.probe.ImapFolderInfo;
import io.migsh.migration.probe.ImapFolderLister;
import io.migsh.migration.probe.ImapLoginFailure;
import io.migsh.migration.probe.ImapProbe;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/**
 * Get-ImapFolders, after the script the migration guide recommends: logs in to a source mailbox and lists each
 * folder with its separator, attributes, message count and size, to compare with the target afterwards. The login
 * is -Credential (or -UserName/-Password) on -Server, or a migration user's CSV login on its batch's endpoint.
 */
@CmdletInfo(verb = "Get", noun = "ImapFolders", defaultParameterSet = "Server")
public class GetImapFoldersCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true, sets = "Server", aliases = {"RemoteServer"})
    String server;
    @Parameter(sets = "Server", validateRange = {1, 65535})
    Integer port;
    @Parameter(sets = "Server")
    ImapSecurity security = ImapSecurity.Ssl;
    @Parameter(sets = "Server")
    boolean acceptUntrustedCertificates;
    @Parameter(sets = "Server")
    PsCredential credential;
    @Parameter(sets = "Server")
    String userName;
    @Parameter(sets = "Server")
    SecureString password;
    @Parameter(mandatory = true, sets = "MigrationUser", valueFromPipelineByPropertyName = true,
            aliases = {"EmailAddress"}, completion = "migrationuser")
    String migrationUser;
    @Parameter
    String folderRoot;

    @Override
    protected void processRecord() {
        ImapServerSettings settings;
        String user;
        char[] secret;
        String root = folderRoot;
        if (migrationUser != null) {
            SourceAccounts.Account a = SourceAccounts.of(session(), migrationUser);
            settings = a.server();
            user = a.userName();
            secret = a.password();
            if (root == null) root = a.userRoot();
        } else {
            settings = new ImapServerSettings(server, port != null ? port : ImapServerSettings.defaultPort(security),
                    security, AuthenticationMethod.Basic, acceptUntrustedCertificates);
            user = credential != null ? credential.userName() : userName;
            secret = credential != null ? credential.password().reveal() : Arguments.secret(password);
            if (user == null || secret == null) {
                throw MigrationErrors.invalidArgument("Give the source login with -Credential, or -UserName and "
                        + "-Password.", server);
            }
        }
        try {
            String folderRoot = root;
            var folders = NetworkWait.call(context(),
                    () -> new ImapFolderLister(new ImapConnector()).list(settings, user, secret, null, folderRoot));
            for (ImapFolderInfo f : folders) {
                PsObject o = new PsObject("Migsh.ImapFolder", "System.Management.Automation.PSCustomObject",
                        "System.Object");
                o.add("Name", f.name());
                o.add("Separator", String.valueOf(f.separator()));
                o.add("Attributes", ExchangeObjects.list(f.attributes()));
                o.add("Messages", f.messages());
                o.add("Size", f.size() == null ? null : new ByteQuantifiedSize(f.size()));
                writeObject(o);
                if (f.error() != null) {
                    io.migsh.runtime.ErrorRecord r = MigrationErrors.of("Microsoft.Exchange.Migration."
                            + "MigrationTransientException", "The folder '" + f.name() + "' couldn't be read: "
                            + f.error(), ErrorCategory.PermissionDenied, f.name()).record();
                    writeError(new io.migsh.runtime.ErrorRecord(r.exceptionType(), r.message(), r.errorId() + ","
                            + taskNamespace() + ".GetImapFolders", r.category(), r.targetObject(), null,
                            io.migsh.runtime.SourcePosition.NONE, null));
                }
            }
        } catch (AuthenticationFailedException e) {
            throw MigrationErrors.of("Microsoft.Exchange.Migration.MigrationPermanentException",
                    ImapLoginFailure.text("", e.getMessage()), ErrorCategory.AuthenticationError, user);
        } catch (MessagingException e) {
            throw MigrationErrors.of("Microsoft.Exchange.Migration.MigrationTransientException", "The IMAP server '"
                    + settings.host() + "' couldn't be read: " + ImapProbe.connectionFailure(settings, e),
                    ErrorCategory.ConnectionError, settings.host());
        }
    }
}
