package io.migsh.migration.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A domain the organization receives mail for; every mailbox address must be in one. */
public record AcceptedDomain(UUID id, String name, String domainName, String domainType, boolean isDefault,
        OffsetDateTime createdAt) {}
