import io.migsh.clixml.ClixmlReader;
import io.migsh.clixml.ClixmlWriter;
import io.migsh.runtime.DotNetName;
import io.migsh.runtime.PsObject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Export and import of N migration-statistics objects (Get-MigrationUserStatistics -IncludeReport shape: about
 * forty properties, a Report with failures and skipped items) through the CLIXML writer and reader, the way
 * Export-Clixml and Import-Clixml drive them. Prints objects per second and the peak heap of each direction.
 * Run by bench/clixml.sh; the objects are made one at a time, so the heap measured is the serializer's own.
 * A warm-up of 20,000 objects each way first lets the JIT compile the hot paths. The import is then run twice
 * more on the same file, so that one run shows how far the figure moves between identical imports: part of the
 * reader's compiled code is thrown away when a document ends and the next starts (Woodstox's end-of-input and
 * new-reader branches, a TN where only TNRefs had been seen) and recompiled when the JIT's threads get a core,
 * and on a shared machine the CPU time of the same work swings with the neighbours.
 */
public class ClixmlBench {
    @DotNetName("Microsoft.Exchange.Migration.MigrationUserStatus")
    enum Status { Queued, Provisioning, Synced, Completed, Failed, Stopped }

    @DotNetName("Microsoft.Exchange.Migration.MigrationType")
    enum MigrationType { IMAP, ExchangeOutlookAnywhere, ExchangeRemoteMove }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // a second argument names a file to leave the export in, for bench/clixml.sh to run the shell on
        Path kept = args.length > 1 ? Path.of(args[1]) : null;
        Path file = kept != null ? kept : Files.createTempFile("clixml-bench", ".xml");
        try {
            warmUp(file);
            // The export below makes each object as it writes it; making them alone tells the writer's share.
            long m0 = System.nanoTime();
            long made = 0;
            for (int i = 0; i < n; i++) made += statistics(i).typeNames().size();
            double makeSeconds = (System.nanoTime() - m0) / 1e9;
            resetPeaks();
            long g0 = gcMillis();
            long c0 = cpu();
            long t0 = System.nanoTime();
            // the writer Export-Clixml writes through (OutputFile.open)
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(
                    Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
                    ClixmlWriter w = new ClixmlWriter(out, 2, null)) {
                for (int i = 0; i < n; i++) w.write(statistics(i));
            }
            double exportSeconds = (System.nanoTime() - t0) / 1e9;
            double exportCpu = (cpu() - c0) / 1e9;
            double exportGc = (gcMillis() - g0) / 1e3;
            long exportPeak = peakHeap();

            Import first = importAll(file, n);
            System.out.printf("objects: %,d   file: %,d bytes   (checksum %d)%n", n, Files.size(file), first.items);
            System.out.printf("export: %.2f s  %,.0f objects/s  (%,.0f per CPU-second of this thread)  GC pauses %.2f s"
                    + "  peak heap %,d MB%n", exportSeconds, n / exportSeconds, n / exportCpu, exportGc, exportPeak >> 20);
            System.out.printf("  of which making the objects: %.2f s (checksum %d); the writer alone: %,.0f objects/s%n",
                    makeSeconds, made, n / (exportSeconds - makeSeconds));
            first.print("import", n);
            // the same file twice more: how far the first figure is from the JIT's settled code on this machine
            for (int again = 0; again < 2; again++) importAll(file, n).print("import again", n);
            System.out.printf("load average at the end: %.2f on %d cores (other builds share this machine)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            if (kept == null) Files.deleteIfExists(file);
        }
    }

    /** One Import-Clixml of the file: the Ref scan pass, then every object read. */
    private static Import importAll(Path file, int n) throws Exception {
        resetPeaks();
        long g = gcMillis();
        long c = cpu();
        long t = System.nanoTime();
        long count = 0;
        long items = 0;
        Set<String> referenced;
        try (InputStream scan = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            referenced = ClixmlReader.referencedIds(scan);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                ClixmlReader r = new ClixmlReader(in, null, referenced)) {
            while (r.hasNext()) {
                PsObject o = (PsObject) r.next();
                items += ((Number) o.get("SyncedItemCount")).longValue();
                count++;
            }
        }
        if (count != n) throw new IllegalStateException("read " + count + " objects, wrote " + n);
        return new Import((System.nanoTime() - t) / 1e9, (cpu() - c) / 1e9, (gcMillis() - g) / 1e3, peakHeap(), items);
    }

    private record Import(double seconds, double cpuSeconds, double gcSeconds, long peakHeap, long items) {
        void print(String label, int n) {
            System.out.printf("%s: %.2f s  %,.0f objects/s  (%,.0f per CPU-second of this thread)  GC pauses %.2f s"
                    + "  peak heap %,d MB (incl. the Ref scan pass)%n", label, seconds, n / seconds, n / cpuSeconds,
                    gcSeconds, peakHeap >> 20);
        }
    }

    private static void warmUp(Path file) throws Exception {
        try (Writer out = Files.newBufferedWriter(file); ClixmlWriter w = new ClixmlWriter(out, 2, null)) {
            for (int i = 0; i < 20_000; i++) w.write(statistics(i));
        }
        for (int round = 0; round < 2; round++) {
            Set<String> referenced;
            try (InputStream scan = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                referenced = ClixmlReader.referencedIds(scan);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                    ClixmlReader r = new ClixmlReader(in, null, referenced)) {
                while (r.hasNext()) r.next();
            }
        }
    }

    /** One statistics object, as Get-MigrationUserStatistics -IncludeReport gives it. */
    static PsObject statistics(int i) {
        OffsetDateTime start = OffsetDateTime.of(2026, 11, 25, 5, 49, 22, 123_000_000, ZoneOffset.UTC).plusSeconds(i);
        String mail = "user" + i + "@contoso.com";
        PsObject s = new PsObject("Microsoft.Exchange.Migration.MigrationUserStatistics",
                "Microsoft.Exchange.Migration.MigrationUser", "Microsoft.Exchange.Data.ConfigurableObject",
                "System.Object").withToString(mail);
        s.add("Identity", mail);
        s.add("BatchId", "Batch" + (i % 20));
        s.add("MailboxIdentifier", mail);
        s.add("MailboxEmailAddress", mail);
        s.add("RecipientType", "Mailbox");
        s.add("MailboxGuid", new UUID(i, i * 31L));
        s.add("RequestGuid", new UUID(i * 7L, i));
        s.add("Status", Status.values()[i % Status.values().length]);
        s.add("StatusSummary", "Synced");
        s.add("State", "Active");
        s.add("Flags", "None");
        s.add("WorkflowStep", "IncrementalSync");
        s.add("MigrationType", MigrationType.IMAP);
        s.add("TotalItemsInSourceMailboxCount", 1000L + i % 500);
        s.add("SyncedItemCount", 990L + i % 500);
        s.add("SkippedItemCount", 10L);
        s.add("TotalItemCount", 1000L + i % 500);
        s.add("EstimatedTotalTransferSize", "35 MB (36,700,160 bytes)");
        s.add("BytesTransferred", "34.1 MB (35,756,032 bytes)");
        s.add("PercentageComplete", i % 101);
        s.add("LastSuccessfulSyncTimestamp", start);
        s.add("InitialSeedingCompletedTime", start.minusHours(1));
        s.add("ProvisionedMailbox", true);
        s.add("HasProvisioningFailed", false);
        s.add("LastSubmittedTimestamp", start.minusDays(1));
        s.add("LastUpdatedTime", start);
        s.add("OverallDuration", Duration.ofMinutes(42).plusMillis(i % 1000));
        s.add("TotalIdleDuration", Duration.ofSeconds(12));
        s.add("TotalQueuedDuration", Duration.ofSeconds(3));
        s.add("TotalInProgressDuration", Duration.ofMinutes(40));
        s.add("AverageBytesTransferredPerHour", 52_428_800.5 + i);
        s.add("Error", i % 50 == 0 ? "TooManyLargeItemsPermanentException: Too many large items." : null);
        s.add("ErrorSummary", null);
        s.add("IsValid", true);
        s.add("ObjectState", "Unchanged");
        s.add("Report", report(i, start));
        s.addNote("PSComputerName", "outlook.office365.com");
        s.addNote("RunspaceId", new UUID(42, 42));
        s.addNote("PSShowComputerName", false);
        return s;
    }

    private static PsObject report(int i, OffsetDateTime start) {
        PsObject r = new PsObject("Microsoft.Exchange.MailboxReplicationService.Report", "System.Object")
                .withToString("Report with " + (i % 3) + " failures");
        List<Object> failures = new ArrayList<>();
        for (int f = 0; f < i % 3; f++) {
            PsObject failure = new PsObject("Microsoft.Exchange.MailboxReplicationService.FailureRec", "System.Object")
                    .withToString("TooManyLargeItemsPermanentException");
            failure.add("Timestamp", start);
            failure.add("FailureType", "TooManyLargeItemsPermanentException");
            failures.add(failure);
        }
        r.add("Failures", failures);
        r.add("SkippedItems", new ArrayList<>(List.of("Large item 1", "Large item 2")));
        r.add("Entries", new ArrayList<>(List.of(start + " Mailbox move started.", start + " Initial sync done.")));
        return r;
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Time the collectors have spent, which the thread's CPU time leaves out and the wall-clock time includes. */
    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += gc.getCollectionTime();
        return sum;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at any time). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }
}
