package io.migsh.migration.probe;

/** The checks Test-MigrationServerAvailability makes, in order. */
public enum ProbeStep {
    Dns, Tcp, Tls, Greeting, Capability, StartTls, Login
}
