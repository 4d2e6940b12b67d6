package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.probe.ProbeResult;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.SecureString;

/**
 * Test-MigrationServerAvailability -Imap (or -Endpoint): connects to the server step by step and reports Success
 * or Failed with the step that failed. Beyond Exchange, -Credential (or -UserName/-Password) also tests LOGIN.
 */
@CmdletInfo(verb = "Test", noun = "MigrationServerAvailability", defaultParameterSet = "IMAP",
        outputType = EndpointObjects.OUTCOME)
public class TestMigrationServerAvailabilityCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true, sets = "IMAP")
    boolean imap;
    @Parameter(mandatory = true, sets = "IMAP")
    String remoteServer;
    @Parameter(mandatory = true, sets = "IMAP", validateRange = {1, 65535})
    int port;
    @Parameter(sets = "IMAP")
    ImapSecurity security = ImapSecurity.None;
    @Parameter(sets = "IMAP")
    boolean acceptUntrustedCertificates;
    @Parameter(sets = "IMAP")
    AuthenticationMethod authentication = AuthenticationMethod.Basic;
    @Parameter(mandatory = true, sets = "TestEndpoint", valueFromPipelineByPropertyName = true,
            aliases = "Identity", completion = "endpoint")
    String endpoint;
    @Parameter
    PsCredential credential;
    @Parameter
    String userName;
    @Parameter
    SecureString password;

    @Override
    protected void processRecord() {
        ImapServerSettings server;
        String endpointName = null;
        if (endpoint != null) {
            MigrationEndpoint e = session().endpoints().get(endpoint);
            server = e.server();
            endpointName = e.name();
        } else {
            server = new ImapServerSettings(remoteServer, port, security, authentication, acceptUntrustedCertificates);
        }
        String user = credential != null ? credential.userName() : userName;
        char[] secret = credential != null ? credential.password().reveal() : Arguments.secret(password);
        ImapServerSettings tested = server;
        ProbeResult r = NetworkWait.call(context(), () -> session().endpoints().probe().test(tested, user, secret));
        writeObject(EndpointObjects.outcome(r, endpointName));
    }
}
