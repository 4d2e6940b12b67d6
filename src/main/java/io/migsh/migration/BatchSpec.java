package io.migsh.migration;

import io.migsh.migration.model.BatchOptions;

/** What New-MigrationBatch was given. */
public record BatchSpec(String name, String sourceEndpoint, byte[] csvData, BatchOptions options, String submittedBy) {}
