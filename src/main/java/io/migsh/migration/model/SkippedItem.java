package io.migsh.migration.model;

import java.time.OffsetDateTime;

/** An item the engine did not copy (MigrationUserSkippedItem): why, where, and what it was. */
public record SkippedItem(String kind, String folderName, String subject, OffsetDateTime dateReceived,
        OffsetDateTime dateSent, String sender, String recipient, long messageSize, String failure) {}
