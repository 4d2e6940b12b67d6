package io.migsh.migration;

import io.migsh.migration.model.StatusChange;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An object's recorded status changes, and how long it spent in each status (Exchange's Total*Duration values). */
public record Timeline(List<StatusChange> changes, OffsetDateTime now) {
    public Timeline {
        changes = List.copyOf(changes);
    }

    /** The timeline with its first status at the object's creation, when that wasn't recorded as a change. */
    public Timeline startingAt(OffsetDateTime createdAt, String firstStatus, StatusChange.SubjectKind kind,
            java.util.UUID id) {
        if (createdAt == null || (!changes.isEmpty() && changes.get(0).fromStatus() == null)) return this;
        String status = changes.isEmpty() ? firstStatus : changes.get(0).fromStatus();
        List<StatusChange> all = new java.util.ArrayList<>();
        all.add(new StatusChange(kind, id, null, status, createdAt, null));
        all.addAll(changes);
        return new Timeline(all, now);
    }

    /** Time spent in each status, in the order the statuses were first entered; the current one runs to now. */
    public Map<String, Duration> timeIn() {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            StatusChange c = changes.get(i);
            OffsetDateTime end = i + 1 < changes.size() ? changes.get(i + 1).at() : now;
            Duration d = Duration.between(c.at(), end);
            if (d.isNegative()) d = Duration.ZERO;
            out.merge(c.toStatus(), d, Duration::plus);
        }
        return out;
    }

    public Duration timeIn(String... statuses) {
        Map<String, Duration> all = timeIn();
        Duration total = Duration.ZERO;
        for (String s : statuses) total = total.plus(all.getOrDefault(s, Duration.ZERO));
        return Duration.ofSeconds(total.getSeconds());
    }

    /** From the first recorded status to now. */
    public Duration overall() {
        return changes.isEmpty() ? Duration.ZERO : Duration.ofSeconds(Duration.between(changes.get(0).at(), now)
                .getSeconds());
    }
}
