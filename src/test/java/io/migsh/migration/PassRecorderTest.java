package io.migsh.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.sync.SyncProgress;
import org.junit.jupiter.api.Test;

class PassRecorderTest {
    /** What a first pass left when a dropped connection ended it: 600 of 1,000 messages, 60 percent. */
    private static final SyncCounters AFTER_A_FAILED_PASS = new SyncCounters(600, 0, 600_000, 1000, 1_000_000, 1000,
            0, 0, 60);

    private static SyncProgress pass(long inSource, long toCopy, long copied, long skipped) {
        return new SyncProgress(inSource, inSource * 1000, toCopy, copied, copied * 1000, skipped, 0, (int) skipped);
    }

    @Test
    void a_pass_that_resumes_goes_on_from_where_the_last_one_stopped() {
        assertEquals(60, PassRecorder.totals(AFTER_A_FAILED_PASS, pass(1000, 400, 0, 0)).percentComplete());
        assertEquals(80, PassRecorder.totals(AFTER_A_FAILED_PASS, pass(1000, 400, 200, 0)).percentComplete());
        SyncCounters done = PassRecorder.totals(AFTER_A_FAILED_PASS, pass(1000, 400, 399, 1));
        assertEquals(100, done.percentComplete());
        assertEquals(999, done.itemsSynced());
        assertEquals(1, done.itemsSkipped());
    }

    @Test
    void the_first_pass_counts_against_the_source() {
        assertEquals(0, PassRecorder.totals(SyncCounters.ZERO, pass(1000, 1000, 0, 0)).percentComplete());
        assertEquals(25, PassRecorder.totals(SyncCounters.ZERO, pass(1000, 1000, 250, 0)).percentComplete());
        assertEquals(100, PassRecorder.totals(SyncCounters.ZERO, pass(1000, 1000, 990, 10)).percentComplete());
    }

    @Test
    void a_pass_that_reported_nothing_keeps_the_percentage_and_new_source_mail_does_not_lower_it() {
        assertEquals(60, PassRecorder.totals(AFTER_A_FAILED_PASS, SyncProgress.NONE).percentComplete());
        SyncCounters synced = new SyncCounters(1000, 0, 1_000_000, 1000, 1_000_000, 1000, 0, 0, 100);
        assertEquals(100, PassRecorder.totals(synced, pass(1200, 200, 10, 0)).percentComplete());
    }
}
