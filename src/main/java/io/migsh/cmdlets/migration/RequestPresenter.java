package io.migsh.cmdlets.migration;

import io.migsh.migration.DiagnosticInfo;
import io.migsh.migration.MigrationSession;
import io.migsh.migration.RequestWorkflow;
import io.migsh.migration.Timeline;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.migration.model.SyncRequest;
import io.migsh.runtime.PsObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads what sync request objects show: mailbox, database, batch name, timeline, report. */
final class RequestPresenter {
    private RequestPresenter() {}

    static PsObject request(MigrationSession s, SyncRequest q) {
        return s.db().inTransaction(r -> {
            Mailbox m = r.mailboxes().byId(q.mailboxId()).orElseThrow();
            MailboxDatabase db = r.databases().byId(m.databaseId()).orElseThrow();
            return RequestObjects.request(q, m, db, RequestWorkflow.batchName(r, q));
        });
    }

    static PsObject statistics(MigrationSession s, SyncRequest q, boolean includeReport, String diagnosticInfo) {
        return s.db().inTransaction(r -> {
            Mailbox m = r.mailboxes().byId(q.mailboxId()).orElseThrow();
            MailboxDatabase db = r.databases().byId(m.databaseId()).orElseThrow();
            Timeline t = new Timeline(r.events().of(q.id()), s.now()).startingAt(q.createdAt(), "Queued",
                    io.migsh.migration.model.StatusChange.SubjectKind.Request, q.id());
            PsObject report = includeReport ? ReportObjects.report(r.reports().entries(q.id()),
                    r.reports().skipped(q.id(), 1000), s.serverName()) : null;
            String diag = null;
            if (diagnosticInfo != null) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("Status", q.status());
                details.put("NextSync", q.nextKind());
                details.put("NextSyncTime", q.nextSyncAt());
                details.put("RemoteServer", q.server().host() + ":" + q.server().port());
                details.put("ItemsSynced", q.counters().itemsSynced());
                details.put("ItemsSkipped", q.counters().itemsSkipped());
                details.put("BytesTransferred", q.counters().bytesTransferred());
                diag = DiagnosticInfo.xml(diagnosticInfo, "SyncRequest", RequestWorkflow.identity(m, q), t, details);
            }
            return RequestObjects.statistics(q, m, db, RequestWorkflow.batchName(r, q), t, s.serverName(), report,
                    diag);
        });
    }
}
