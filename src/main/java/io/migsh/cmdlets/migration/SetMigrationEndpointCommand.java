package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MigrationEndpoint;

/** Set-MigrationEndpoint: a changed server is verified (unless -SkipVerification); batches use it from their next sync. */
@CmdletInfo(verb = "Set", noun = "MigrationEndpoint", supportsShouldProcess = true)
public class SetMigrationEndpointCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "endpoint")
    String identity;
    @Parameter
    String remoteServer;
    @Parameter(validateRange = {1, 65535})
    Integer port;
    @Parameter
    ImapSecurity security;
    @Parameter
    AuthenticationMethod authentication;
    @Parameter
    Boolean acceptUntrustedCertificates;
    @Parameter
    Object maxConcurrentMigrations;
    @Parameter
    Object maxConcurrentIncrementalSyncs;
    @Parameter
    boolean skipVerification;

    @Override
    protected void processRecord() {
        var migrations = Arguments.unlimited("MaxConcurrentMigrations", maxConcurrentMigrations);
        var incrementals = Arguments.unlimited("MaxConcurrentIncrementalSyncs", maxConcurrentIncrementalSyncs);
        MigrationEndpoint e = session().endpoints().get(identity);
        ImapServerSettings s = e.server();
        ImapServerSettings changed = new ImapServerSettings(remoteServer != null ? remoteServer : s.host(),
                port != null ? port : s.port(), security != null ? security : s.security(),
                authentication != null ? authentication : s.authentication(),
                acceptUntrustedCertificates != null ? acceptUntrustedCertificates : s.acceptUntrustedCertificates());
        if (!shouldProcess(e.name(), "Set-MigrationEndpoint")) return;
        // Verified first, so that Ctrl+C can stop the wait for the server before anything changes.
        if (!skipVerification && !changed.equals(s)) {
            NetworkWait.run(context(), () -> session().endpoints().verify(changed));
        }
        session().endpoints().update(e.id().toString(), changed, migrations, incrementals, true);
    }
}
