package io.migsh.cmdlets.migration;

import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.probe.ProbeResult;
import io.migsh.runtime.PsObject;

/** Migration endpoints and server test outcomes as Exchange's objects. */
final class EndpointObjects {
    static final String ENDPOINT = "Microsoft.Exchange.Data.Storage.Management.MigrationEndpoint";
    static final String OUTCOME = "Microsoft.Exchange.Data.Storage.Management.TestMigrationServerAvailabilityOutcome";

    private EndpointObjects() {}

    static PsObject endpoint(MigrationEndpoint e, long activeMigrations, long activeIncrementals) {
        PsObject o = ExchangeObjects.configurable(ENDPOINT);
        o.add("Identity", e.name());
        o.add("EndpointType", "IMAP");
        o.add("RemoteServer", e.server().host());
        o.add("Port", e.server().port());
        o.add("Security", e.server().security());
        o.add("Authentication", e.server().authentication());
        o.add("AcceptUntrustedCertificates", e.server().acceptUntrustedCertificates());
        o.add("MaxConcurrentMigrations", e.maxConcurrentMigrations());
        o.add("MaxConcurrentIncrementalSyncs", e.maxConcurrentIncrementalSyncs());
        o.add("ActiveMigrationCount", (int) activeMigrations);
        o.add("ActiveIncrementalSyncCount", (int) activeIncrementals);
        o.add("Guid", e.id());
        o.add("WhenCreated", ExchangeObjects.local(e.createdAt()));
        o.add("WhenCreatedUTC", ExchangeObjects.utc(e.createdAt()));
        ExchangeObjects.finish(o);
        return o.withToString(e.name());
    }

    /**
     * Exchange's outcome (Result, Message, ConnectionSettings, SupportsCutover, ErrorDetail) and, beyond Exchange,
     * the step that failed, the greeting and the capabilities. It prints as its Result.
     */
    static PsObject outcome(ProbeResult r, String testedEndpoint) {
        PsObject o = ExchangeObjects.configurable(OUTCOME);
        TestMigrationServerAvailabilityResult result = r.success() ? TestMigrationServerAvailabilityResult.Success
                : TestMigrationServerAvailabilityResult.Failed;
        o.add("Result", result);
        o.add("Message", r.message());
        o.add("ConnectionSettings", null);
        o.add("SupportsCutover", Boolean.FALSE);
        o.add("ErrorDetail", r.errorDetail());
        o.add("TestedEndpoint", testedEndpoint);
        o.add("FailedStep", r.failedStep() == null ? null : r.failedStep().name());
        o.add("Greeting", r.greeting());
        o.add("Capabilities", ExchangeObjects.list(r.capabilities()));
        o.add("Identity", null);
        ExchangeObjects.finish(o);
        return o.withToString(result.name());
    }
}
