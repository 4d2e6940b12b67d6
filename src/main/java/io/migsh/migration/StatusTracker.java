package io.migsh.migration;

import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.StatusChange;
import io.migsh.migration.model.StatusChange.SubjectKind;
import io.migsh.migration.model.UserStatus;
import io.migsh.store.Repositories;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves batches, users and requests between statuses inside one transaction: checks the move against
 * {@link Lifecycle}, writes the new status and records the transition with its time for the timeline.
 */
final class StatusTracker {
    private final Repositories repos;
    private final OffsetDateTime now;
    private final List<StatusChange> pending = new ArrayList<>();

    StatusTracker(Repositories repos, OffsetDateTime now) {
        this.repos = repos;
        this.now = now;
    }

    OffsetDateTime now() {
        return now;
    }

    /**
     * Moves a batch and records the move; false, with nothing recorded, when another transaction moved the batch
     * away from {@code from} first.
     */
    boolean batch(UUID id, BatchStatus from, BatchStatus to, String message) {
        Lifecycle.check(Lifecycle.allows(from, to), "a batch", from, to);
        if (!repos.batches().setStatus(id, from, to, message)) return false;
        if (from != to) note(SubjectKind.Batch, id, from, to, message);
        return true;
    }

    /** Moves a migration user and records the move, unless another transaction moved the user first. */
    void user(UUID id, UserStatus from, UserStatus to) {
        Lifecycle.check(Lifecycle.allows(from, to), "a migration user", from, to);
        if (from == to) return;
        if (repos.users().setStatus(id, from, to)) note(SubjectKind.User, id, from, to, null);
    }

    /**
     * Records the status a new batch starts in. Users and requests are not recorded at creation (a 50,000-user batch
     * would write 50,000 rows for nothing): their timelines start from their creation time (see Timeline#startingAt).
     */
    void created(SubjectKind kind, UUID id, Enum<?> status) {
        if (kind == SubjectKind.Batch) note(kind, id, null, status, null);
    }

    /** Records a new batch with what its report says of its creation (users added later must not change it). */
    void createdBatch(UUID id, Enum<?> status, String detail) {
        note(SubjectKind.Batch, id, null, status, detail);
    }

    /** Records a transition another statement already made (a worker's claim). */
    void recorded(SubjectKind kind, UUID id, Enum<?> from, Enum<?> to, String detail) {
        note(kind, id, from, to, detail);
    }

    void request(UUID id, RequestStatus from, RequestStatus to, String detail) {
        Lifecycle.check(Lifecycle.allows(from, to), "a sync request", from, to);
        if (from == to) return;
        repos.requests().setStatus(id, to, now);
        note(SubjectKind.Request, id, from, to, detail);
    }

    private void note(SubjectKind kind, UUID id, Enum<?> from, Enum<?> to, String detail) {
        pending.add(new StatusChange(kind, id, from == null ? null : from.name(), to.name(), now, detail));
        if (pending.size() >= 1000) flush();
    }

    /** Writes the recorded transitions; call before the transaction commits. */
    void flush() {
        if (pending.isEmpty()) return;
        repos.events().recordAll(pending);
        pending.clear();
    }
}
