package io.migsh.cmdlets.migration;

import io.migsh.migration.BatchCounts;
import io.migsh.migration.DiagnosticInfo;
import io.migsh.migration.MigrationSession;
import io.migsh.migration.Timeline;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.StatusChange;
import io.migsh.runtime.PsObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what a batch object shows (counts, endpoint, report, diagnostics) and builds it. */
final class BatchPresenter {
    private BatchPresenter() {}

    static PsObject present(MigrationSession s, MigrationBatch b, boolean includeReport, String diagnosticInfo) {
        BatchCounts c = s.batches().counts(b.id());
        MigrationEndpoint e = s.db().inTransaction(r -> r.endpoints().byId(b.sourceEndpointId()).orElse(null));
        List<StatusChange> changes = includeReport || diagnosticInfo != null
                ? s.db().inTransaction(r -> r.events().of(b.id())) : List.of();
        PsObject report = null;
        if (includeReport) {
            List<ReportEntry> entries = new ArrayList<>();
            for (StatusChange ch : changes) {
                entries.add(ReportEntry.info(ch.at(), ch.fromStatus() == null
                        ? "The migration batch '" + b.name() + "' was created" + (ch.detail() == null ? "."
                                : " with " + ch.detail() + ".")
                        : "The batch status changed from " + ch.fromStatus() + " to " + ch.toStatus() + "."));
            }
            report = ReportObjects.report(entries, List.of(), s.serverName());
        }
        String diagnostics = null;
        if (diagnosticInfo != null) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("Status", b.status());
            details.put("TotalCount", c.total());
            details.put("ActiveCount", c.active());
            details.put("SyncedCount", c.synced());
            details.put("FailedCount", c.failed());
            details.put("SourceEndpoint", e == null ? "" : e.name());
            diagnostics = DiagnosticInfo.xml(diagnosticInfo, "MigrationBatch", b.name(), new Timeline(changes, s.now()),
                    details);
        }
        return BatchObjects.batch(b, c, e, report, diagnostics);
    }
}
