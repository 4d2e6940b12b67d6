package io.migsh.cmdlets.migration;

import io.migsh.migration.MigrationSession;
import io.migsh.migration.Timeline;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.SyncRequest;
import io.migsh.runtime.PsObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what migration user objects show, in bulk for lists (50,000 users must list in well under a second). */
final class UserPresenter {
    private final Map<UUID, String> batchNames = new HashMap<>();
    private final Map<UUID, SyncRequest> requests = new HashMap<>();

    private UserPresenter() {}

    static UserPresenter load(MigrationSession s) {
        UserPresenter p = new UserPresenter();
        s.db().inTransaction(r -> {
            for (MigrationBatch b : r.batches().all()) p.batchNames.put(b.id(), b.name());
            for (SyncRequest q : r.requests().all()) p.requests.put(q.id(), q);
            return null;
        });
        return p;
    }

    PsObject user(MigrationUser u) {
        return UserObjects.user(u, batchNames.get(u.batchId()), u.requestId() == null ? null
                : requests.get(u.requestId()));
    }

    static PsObject statistics(MigrationSession s, MigrationUser u, boolean includeReport, boolean includeSkipped,
            int skippedLimit, String diagnosticInfo) {
        return s.db().inTransaction(r -> {
            String batch = r.batches().byId(u.batchId()).map(MigrationBatch::name).orElse(null);
            SyncRequest q = u.requestId() == null ? null : r.requests().byId(u.requestId()).orElse(null);
            Timeline t = q == null ? new Timeline(List.of(), s.now()) : new Timeline(r.events().of(q.id()), s.now())
                    .startingAt(q.createdAt(), "Queued", io.migsh.migration.model.StatusChange.SubjectKind.Request,
                            q.id());
            PsObject report = includeReport && q != null ? ReportObjects.report(r.reports().entries(q.id()),
                    r.reports().skipped(q.id(), skippedLimit), s.serverName()) : null;
            List<PsObject> skipped = includeSkipped && q != null ? r.reports().skipped(q.id(), skippedLimit).stream()
                    .map(ReportObjects::skippedItem).toList() : null;
            Timeline userTimeline = new Timeline(r.events().of(u.id()), s.now()).startingAt(u.createdAt(), "Queued",
                    io.migsh.migration.model.StatusChange.SubjectKind.User, u.id());
            String diag = diagnosticInfo == null ? null : UserObjects.diagnostics(diagnosticInfo, u, q,
                    merged(userTimeline, t, s));
            return UserObjects.statistics(u, batch, q, t, report, skipped, diag);
        });
    }

    private static Timeline merged(Timeline a, Timeline b, MigrationSession s) {
        List<io.migsh.migration.model.StatusChange> all = new java.util.ArrayList<>(a.changes());
        all.addAll(b.changes());
        all.sort(java.util.Comparator.comparing(io.migsh.migration.model.StatusChange::at));
        return new Timeline(all, s.now());
    }
}
