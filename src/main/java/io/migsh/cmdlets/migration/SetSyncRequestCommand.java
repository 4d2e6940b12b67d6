package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.SyncOptions;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.Unlimited;
import io.migsh.runtime.SecureString;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Set-SyncRequest: a new source, password, limits, interval or dates, used from the request's next sync. */
@CmdletInfo(verb = "Set", noun = "SyncRequest", supportsShouldProcess = true)
public class SetSyncRequestCommand extends RequestCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String identity;
    @Parameter
    String remoteServerName;
    @Parameter(validateRange = {1, 65535})
    Integer remoteServerPort;
    @Parameter
    ImapSecurity security;
    @Parameter
    AuthenticationMethod authentication;
    @Parameter
    String userName;
    @Parameter
    SecureString password;
    @Parameter
    Duration incrementalSyncInterval;
    @Parameter
    Object badItemLimit;
    @Parameter
    Object largeItemLimit;
    @Parameter
    OffsetDateTime startAfter;
    @Parameter
    OffsetDateTime completeAfter;
    @Parameter
    boolean acceptLargeDataLoss;

    @Override
    protected void processRecord() {
        SyncRequest q = session().requests().get(identity);
        ImapServerSettings s = q.server();
        ImapServerSettings server = new ImapServerSettings(remoteServerName != null ? remoteServerName : s.host(),
                remoteServerPort != null ? remoteServerPort : s.port(), security != null ? security : s.security(),
                authentication != null ? authentication : s.authentication(), s.acceptUntrustedCertificates());
        Arguments.syncInterval(incrementalSyncInterval);
        SyncOptions o = q.options();
        Unlimited bad = Arguments.unlimited("BadItemLimit", badItemLimit);
        Unlimited large = Arguments.unlimited("LargeItemLimit", largeItemLimit);
        SyncOptions options = new SyncOptions(o.includeFolders(), o.excludeFolders(), o.targetRootFolder(),
                bad != null ? bad : o.badItemLimit(), large != null ? large : o.largeItemLimit(),
                incrementalSyncInterval != null ? incrementalSyncInterval : o.incrementalSyncInterval(),
                startAfter != null ? startAfter : o.startAfter(), completeAfter != null ? completeAfter
                        : o.completeAfter());
        if (!shouldProcess(identity, "Set-SyncRequest")) return;
        session().requests().update(q.id().toString(), server, userName, Arguments.secret(password), options);
    }
}
