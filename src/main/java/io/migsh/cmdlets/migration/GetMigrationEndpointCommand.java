package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.DiagnosticInfo;
import io.migsh.migration.model.MigrationEndpoint;

/** Get-MigrationEndpoint: all endpoints, or one by name or GUID; -Type IMAP filters (migsh has only IMAP ones). */
@CmdletInfo(verb = "Get", noun = "MigrationEndpoint", outputType = EndpointObjects.ENDPOINT)
public class GetMigrationEndpointCommand extends ExchangeCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "endpoint")
    String identity;
    @Parameter(validateSet = {"IMAP", "ExchangeOutlookAnywhere", "ExchangeRemoteMove", "PublicFolder"})
    String type;
    @Parameter
    String diagnosticInfo;

    @Override
    protected void processRecord() {
        if (type != null && !type.equalsIgnoreCase("IMAP")) return;
        for (MigrationEndpoint e : session().endpoints().find(identity)) {
            long[] active = session().db().inTransaction(r -> new long[] {r.requests().countRunning(e.id(), true),
                r.requests().countRunning(e.id(), false)});
            var o = EndpointObjects.endpoint(e, active[0], active[1]);
            if (diagnosticInfo != null) {
                // In the order of the endpoint's own properties, the same on every run (Map.of's order isn't).
                java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
                settings.put("RemoteServer", e.server().host());
                settings.put("Port", e.server().port());
                settings.put("Security", e.server().security());
                o.add("DiagnosticInfo", DiagnosticInfo.xml(diagnosticInfo, "MigrationEndpoint", e.name(),
                        new io.migsh.migration.Timeline(java.util.List.of(), session().now()), settings));
            }
            writeObject(o);
        }
    }
}
