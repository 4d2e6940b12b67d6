package io.migsh.migration;

import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.UserStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status state machines of batches, users and requests, after Exchange's lifecycle: Created → Syncing →
 * Synced → Completing → Completed, with Stopping/Stopped, Failed, SyncedWithErrors and retries by Start. A move
 * not listed here is a defect in migsh, not an admin's mistake: admins get {@link MigrationErrors} first.
 */
public final class Lifecycle {
    private static final Map<BatchStatus, Set<BatchStatus>> BATCH = new EnumMap<>(BatchStatus.class);
    private static final Map<UserStatus, Set<UserStatus>> USER = new EnumMap<>(UserStatus.class);
    private static final Map<RequestStatus, Set<RequestStatus>> REQUEST = new EnumMap<>(RequestStatus.class);

    static {
        batch(BatchStatus.Created, BatchStatus.Syncing, BatchStatus.Stopped, BatchStatus.Removing);
        batch(BatchStatus.Syncing, BatchStatus.Synced, BatchStatus.SyncedWithErrors, BatchStatus.Failed,
                BatchStatus.Stopping, BatchStatus.Stopped, BatchStatus.Completing, BatchStatus.Removing);
        batch(BatchStatus.Synced, BatchStatus.Syncing, BatchStatus.SyncedWithErrors, BatchStatus.Completing,
                BatchStatus.Stopping, BatchStatus.Stopped, BatchStatus.Removing);
        batch(BatchStatus.SyncedWithErrors, BatchStatus.Syncing, BatchStatus.Synced, BatchStatus.Completing,
                BatchStatus.Stopping, BatchStatus.Stopped, BatchStatus.Removing);
        batch(BatchStatus.Failed, BatchStatus.Syncing, BatchStatus.Removing);
        batch(BatchStatus.Stopping, BatchStatus.Stopped, BatchStatus.Removing);
        batch(BatchStatus.Stopped, BatchStatus.Syncing, BatchStatus.Removing);
        batch(BatchStatus.Completing, BatchStatus.Completed, BatchStatus.CompletedWithErrors, BatchStatus.Failed,
                BatchStatus.Stopping, BatchStatus.Removing);
        batch(BatchStatus.CompletedWithErrors, BatchStatus.Completing, BatchStatus.Removing);
        batch(BatchStatus.Completed, BatchStatus.Removing);

        user(UserStatus.Queued, UserStatus.Syncing, UserStatus.Stopped, UserStatus.Failed, UserStatus.Completing);
        user(UserStatus.Syncing, UserStatus.Synced, UserStatus.Failed, UserStatus.Stopped, UserStatus.Queued);
        user(UserStatus.Synced, UserStatus.IncrementalSyncing, UserStatus.Completing, UserStatus.Stopped,
                UserStatus.Queued);
        user(UserStatus.IncrementalSyncing, UserStatus.Synced, UserStatus.IncrementalFailed, UserStatus.Stopped,
                UserStatus.Synced);
        user(UserStatus.IncrementalFailed, UserStatus.IncrementalSyncing, UserStatus.Queued, UserStatus.Stopped,
                UserStatus.Completing);
        user(UserStatus.Completing, UserStatus.Completed, UserStatus.CompletionFailed, UserStatus.Stopped,
                UserStatus.Queued);
        user(UserStatus.CompletionFailed, UserStatus.Completing, UserStatus.Queued, UserStatus.Stopped);
        user(UserStatus.Failed, UserStatus.Queued, UserStatus.Stopped);
        user(UserStatus.Stopped, UserStatus.Queued, UserStatus.Completing);
        user(UserStatus.Completed);

        request(RequestStatus.Queued, RequestStatus.InProgress, RequestStatus.Suspended, RequestStatus.Failed);
        request(RequestStatus.InProgress, RequestStatus.Synced, RequestStatus.Completed, RequestStatus.Failed,
                RequestStatus.Suspended, RequestStatus.Queued);
        request(RequestStatus.Synced, RequestStatus.Queued, RequestStatus.Suspended);
        request(RequestStatus.Suspended, RequestStatus.Queued);
        request(RequestStatus.AutoSuspended, RequestStatus.Queued, RequestStatus.Suspended);
        request(RequestStatus.Failed, RequestStatus.Queued, RequestStatus.Suspended);
        request(RequestStatus.Completed);
    }

    private Lifecycle() {}

    public static boolean allows(BatchStatus from, BatchStatus to) {
        return from == to || BATCH.getOrDefault(from, Set.of()).contains(to);
    }

    public static boolean allows(UserStatus from, UserStatus to) {
        return from == to || USER.getOrDefault(from, Set.of()).contains(to);
    }

    public static boolean allows(RequestStatus from, RequestStatus to) {
        return from == to || REQUEST.getOrDefault(from, Set.of()).contains(to);
    }

    static <S extends Enum<S>> void check(boolean allowed, String what, S from, S to) {
        if (!allowed) throw new IllegalStateException(what + " can't move from " + from + " to " + to);
    }

    private static void batch(BatchStatus from, BatchStatus... to) {
        BATCH.put(from, to.length == 0 ? EnumSet.noneOf(BatchStatus.class) : EnumSet.of(to[0], to));
    }

    private static void user(UserStatus from, UserStatus... to) {
        USER.put(from, to.length == 0 ? EnumSet.noneOf(UserStatus.class) : EnumSet.of(to[0], to));
    }

    private static void request(RequestStatus from, RequestStatus... to) {
        REQUEST.put(from, to.length == 0 ? EnumSet.noneOf(RequestStatus.class) : EnumSet.of(to[0], to));
    }
}
