package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.MigrationErrors;
import io.migsh.migration.SyncRequestSpec;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.SyncOptions;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.Unlimited;
import io.migsh.runtime.SecureString;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * New-SyncRequest -Imap: synchronises one mailbox from an IMAP account, every -IncrementalSyncInterval (1 hour by
 * default) until completed or removed. MRS's parameter names: -RemoteServerName, -RemoteServerPort,
 * -RemoteEmailAddress, -UserName, -Password; -Security defaults to None as in MRS.
 */
@CmdletInfo(verb = "New", noun = "SyncRequest", supportsShouldProcess = true, defaultParameterSet = "Imap",
        outputType = RequestObjects.REQUEST)
public class NewSyncRequestCommand extends RequestCmdlet {
    @Parameter(valueFromPipeline = true, valueFromPipelineByPropertyName = true, completion = "mailbox")
    String mailbox;
    @Parameter
    String name;
    @Parameter(sets = "Imap")
    boolean imap;
    @Parameter(mandatory = true)
    String remoteServerName;
    @Parameter(validateRange = {1, 65535})
    int remoteServerPort;
    @Parameter(mandatory = true)
    String remoteEmailAddress;
    @Parameter
    String userName;
    @Parameter(mandatory = true)
    SecureString password;
    @Parameter
    ImapSecurity security = ImapSecurity.None;
    @Parameter
    AuthenticationMethod authentication = AuthenticationMethod.Basic;
    @Parameter
    boolean acceptUntrustedCertificates;
    @Parameter
    Duration incrementalSyncInterval = SyncOptions.REQUEST_INTERVAL;
    @Parameter
    String targetRootFolder;
    @Parameter
    List<Object> includeFolders;
    @Parameter
    List<Object> excludeFolders;
    @Parameter
    OffsetDateTime startAfter;
    @Parameter
    OffsetDateTime completeAfter;
    @Parameter
    Object badItemLimit;
    @Parameter
    Object largeItemLimit;
    @Parameter
    boolean acceptLargeDataLoss;
    @Parameter
    boolean suspend;
    @Parameter
    String suspendComment;
    @Parameter
    String batchName;

    @Override
    protected void processRecord() {
        if (!imap) throw MigrationErrors.protocolNotSpecified();
        if (mailbox == null) {
            throw MigrationErrors.invalidArgument("Specify the target mailbox with -Mailbox; migsh has no signed-in "
                    + "user whose mailbox it could use.", null);
        }
        Arguments.syncInterval(incrementalSyncInterval);
        Unlimited bad = Arguments.unlimited("BadItemLimit", badItemLimit);
        Unlimited large = Arguments.unlimited("LargeItemLimit", largeItemLimit);
        int port = remoteServerPort == 0 ? ImapServerSettings.defaultPort(security) : remoteServerPort;
        SyncOptions options = new SyncOptions(Arguments.strings(includeFolders), Arguments.strings(excludeFolders),
                targetRootFolder, bad != null ? bad : Unlimited.of(0), large != null ? large : Unlimited.of(0),
                incrementalSyncInterval, startAfter, completeAfter);
        if (!shouldProcess("Creating sync request \"" + (name == null ? "Sync" : name) + "\" for mailbox \""
                + mailbox + "\".")) return;
        SyncRequest q = session().requests().create(new SyncRequestSpec(mailbox, name, new ImapServerSettings(
                remoteServerName, port, security, authentication, acceptUntrustedCertificates), remoteEmailAddress,
                userName, password.reveal(), options, suspend, suspendComment));
        writeObject(RequestPresenter.request(session(), q));
    }
}
