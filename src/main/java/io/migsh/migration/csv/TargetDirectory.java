package io.migsh.migration.csv;

import java.util.Optional;
import java.util.UUID;

/** What CSV validation needs to know of the target: mailboxes by address and who is already being migrated. */
public interface TargetDirectory {
    /** The mailbox with this primary address (any case). */
    Optional<UUID> mailbox(String address);

    /** The batch a user with this address is in, if any. */
    Optional<UUID> batchOf(String address);

    /** True when the mailbox has a sync request (of a batch or made by hand). */
    boolean hasSyncRequest(UUID mailboxId);
}
