package io.migsh.cmdlets.migration;

import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.SkippedItem;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsObject;
import java.util.ArrayList;
import java.util.List;

/**
 * MRS reports as Exchange shows them: a Report that prints as a log ({@code <time> [server] <message>} per line),
 * with its Entries, Failures (FailureRec: Timestamp, FailureType, FailureCode, FailureSide, FailureContext,
 * Message) and skipped items.
 */
final class ReportObjects {
    static final String REPORT = "Microsoft.Exchange.MailboxReplicationService.Report";
    static final String ENTRY = "Microsoft.Exchange.MailboxReplicationService.ReportEntry";
    static final String FAILURE = "Microsoft.Exchange.MailboxReplicationService.FailureRec";
    static final String SKIPPED = "Microsoft.Exchange.Data.Storage.Management.MigrationUserSkippedItem";
    static final String BAD_ITEM = "Microsoft.Exchange.MailboxReplicationService.BadMessageRec";
    /**
     * The depth a Report is written to CLIXML with wherever it appears (a type's SerializationDepth): its Entries,
     * Failures and items stay objects in an export at the default depth, so that {@code $s.Report.Failures | group
     * FailureType} works on the file.
     */
    static final int REPORT_SERIALIZATION_DEPTH = 2;

    private ReportObjects() {}

    static PsObject report(List<ReportEntry> entries, List<SkippedItem> skipped, String server) {
        List<Object> all = new ArrayList<>();
        List<Object> failures = new ArrayList<>();
        List<Object> bad = new ArrayList<>();
        List<Object> large = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (ReportEntry e : entries) {
            PsObject entry = entry(e, server);
            all.add(entry);
            if (e.failure() != null) failures.add(failure(e.failure()));
            if (text.length() > 0) text.append(System.lineSeparator());
            text.append(entry.toStringValue());
        }
        for (SkippedItem s : skipped) {
            PsObject item = badItem(s);
            if (s.kind().toLowerCase().contains("large")) large.add(item);
            else bad.add(item);
        }
        PsObject o = ExchangeObjects.value(REPORT);
        o.add("Entries", all);
        o.add("Failures", failures);
        o.add("BadItems", bad);
        o.add("LargeItems", large);
        o.add("MissingItems", new ArrayList<>());
        return o.withToString(text.toString()).withSerializationDepth(REPORT_SERIALIZATION_DEPTH);
    }

    static PsObject entry(ReportEntry e, String server) {
        PsObject o = ExchangeObjects.value(ENTRY);
        o.add("CreationTime", ExchangeObjects.local(e.timestamp()));
        o.add("ServerName", server);
        o.add("Type", e.failure() == null ? "Informational" : "Error");
        o.add("Message", e.message());
        o.add("Failure", e.failure() == null ? null : failure(e.failure()));
        String when = LanguagePrimitives.toText(ExchangeObjects.local(e.timestamp()));
        return o.withToString(when + " [" + server + "] " + (e.failure() == null ? e.message()
                : "Fatal error " + e.failure().failureType() + " has occurred."
                        + (e.failure().message() == null ? "" : " " + e.failure().message())));
    }

    static PsObject failure(FailureRecord f) {
        PsObject o = ExchangeObjects.value(FAILURE);
        o.add("Timestamp", ExchangeObjects.local(f.timestamp()));
        o.add("FailureType", f.failureType());
        o.add("FailureCode", f.failureCode());
        o.add("MapiLowLevelError", 0);
        o.add("FailureSide", f.failureSide());
        o.add("FailureContext", f.failureContext());
        o.add("Message", f.message());
        return o.withToString(f.message());
    }

    /** A user's Error: the failure, printed the way Exchange prints it ("Error: Type: message"). */
    static PsObject error(FailureRecord f) {
        return failure(f).withToString(f.errorText());
    }

    /** A skipped item as the statistics' SkippedItems list it. */
    static PsObject skippedItem(SkippedItem s) {
        return item(SKIPPED, s);
    }

    /** A skipped item as the Report's BadItems and LargeItems list it (MRS's BadMessageRec). */
    static PsObject badItem(SkippedItem s) {
        return item(BAD_ITEM, s);
    }

    private static PsObject item(String typeName, SkippedItem s) {
        PsObject o = ExchangeObjects.value(typeName);
        o.add("Kind", s.kind());
        o.add("FolderName", s.folderName());
        o.add("Subject", s.subject());
        o.add("DateReceived", ExchangeObjects.local(s.dateReceived()));
        o.add("DateSent", ExchangeObjects.local(s.dateSent()));
        o.add("Sender", s.sender());
        o.add("Recipient", s.recipient());
        o.add("MessageSize", new ByteQuantifiedSize(s.messageSize()));
        o.add("Failure", s.failure());
        return o.withToString(s.subject());
    }
}
