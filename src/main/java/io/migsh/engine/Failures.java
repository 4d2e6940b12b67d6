package io.migsh.engine;

import io.migsh.imap.SkippedItem;
import io.migsh.imap.SyncFailure;
import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.ReportEntry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The engine's failures and skipped items in the migration model's shapes (Exchange's FailureRec and items). */
final class Failures {
    /** The HRESULT Exchange records for its migration exceptions (COR_E_EXCEPTION). */
    static final int FAILURE_CODE = -2146233088;

    private Failures() {}

    static FailureRecord record(SyncFailure f) {
        return new FailureRecord(at(f.timestamp()), f.failureType(), FAILURE_CODE, f.side().name(), f.context(),
                f.message());
    }

    static FailureRecord record(Instant when, String type, String side, String message) {
        return new FailureRecord(at(when), type, FAILURE_CODE, side, null, message);
    }

    static ReportEntry reportEntry(SyncFailure f) {
        return new ReportEntry(at(f.timestamp()), f.message(), record(f));
    }

    /** Exchange's transient failures are the ones it retries by itself: their type names say so. */
    static boolean isTransient(SyncFailure f) {
        return f.transientFailure() || f.failureType().contains("Transient");
    }

    static io.migsh.migration.model.SkippedItem skippedItem(SkippedItem i) {
        return new io.migsh.migration.model.SkippedItem(i.kind(), i.folder(), i.subject(), i.dateReceived(),
                i.dateSent(), i.sender(), i.recipient(), i.messageSize(), i.failure());
    }

    /** Store timestamps are UTC to the microsecond (what both H2 and PostgreSQL keep). */
    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
