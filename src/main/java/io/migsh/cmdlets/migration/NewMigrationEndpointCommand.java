package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MigrationEndpoint;

/**
 * New-MigrationEndpoint -IMAP: the source server batches migrate from. migsh connects to it first (DNS, TCP, TLS,
 * greeting) and refuses an endpoint it can't reach, unless -SkipVerification.
 */
@CmdletInfo(verb = "New", noun = "MigrationEndpoint", supportsShouldProcess = true, defaultParameterSet = "IMAP",
        outputType = EndpointObjects.ENDPOINT)
public class NewMigrationEndpointCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true)
    String name;
    @Parameter(name = "IMAP", mandatory = true, sets = "IMAP")
    boolean imap;
    @Parameter(mandatory = true)
    String remoteServer;
    @Parameter(validateRange = {1, 65535})
    int port = 993;
    @Parameter
    ImapSecurity security = ImapSecurity.Ssl;
    @Parameter
    AuthenticationMethod authentication = AuthenticationMethod.Basic;
    @Parameter
    boolean acceptUntrustedCertificates;
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
        if (!shouldProcess(name, "New-MigrationEndpoint")) return;
        ImapServerSettings server = new ImapServerSettings(remoteServer, port, security, authentication,
                acceptUntrustedCertificates);
        // Verified first, so that Ctrl+C can stop the wait for the server before anything is stored.
        if (!skipVerification) NetworkWait.run(context(), () -> session().endpoints().verify(server));
        MigrationEndpoint e = session().endpoints().create(name, server, migrations, incrementals, true);
        writeObject(EndpointObjects.endpoint(e, 0, 0));
    }
}
