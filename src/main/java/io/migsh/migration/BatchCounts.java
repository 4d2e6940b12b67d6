package io.migsh.migration;

import io.migsh.migration.model.UserStatus;
import java.util.Map;

/** A batch's users counted the way Exchange's MigrationBatch reports them. */
public record BatchCounts(int total, int active, int stopped, int synced, int finalized, int failed,
        int failedInitial, int failedIncremental, int pending) {

    public static BatchCounts of(Map<UserStatus, Integer> byStatus) {
        int total = 0, active = 0, stopped = 0, synced = 0, finalized = 0, failed = 0, failedInitial = 0,
                failedIncremental = 0, pending = 0;
        for (Map.Entry<UserStatus, Integer> e : byStatus.entrySet()) {
            int n = e.getValue();
            total += n;
            UserStatus s = e.getKey();
            switch (s.summary()) {
                case Active -> active += n;
                case Stopped -> stopped += n;
                case Synced -> synced += n;
                case Completed -> finalized += n;
                case Failed -> failed += n;
            }
            if (s == UserStatus.Failed) failedInitial += n;
            if (s == UserStatus.IncrementalFailed) failedIncremental += n;
            if (s == UserStatus.Queued) pending += n;
        }
        return new BatchCounts(total, active, stopped, synced, finalized, failed, failedInitial, failedIncremental,
                pending);
    }
}
