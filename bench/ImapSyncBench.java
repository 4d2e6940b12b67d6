import io.migsh.imap.JdbcSyncJournal;
import io.migsh.imap.MailboxSync;
import io.migsh.imap.SyncJob;
import io.migsh.imap.SyncLimits;
import io.migsh.imap.SyncMode;
import io.migsh.imap.SyncResult;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.imap.client.ImapSecurity;
import io.migsh.target.ImapTarget;
import io.migsh.target.MailTarget;
import io.migsh.target.MaildirTarget;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Migrates the harness users (user1..N on the source Dovecot) with the sync engine, all users in parallel, then runs a
 * no-change incremental sync. Prints messages/s, MiB/s and peak heap for both.
 *
 *   java -cp target/migsh.jar bench/ImapSyncBench.java SRC_PORT DST_PORT USERS imap|maildir WORKDIR [PARALLEL]
 */
public class ImapSyncBench {
    static long gcMillis() {
        long t = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) t += Math.max(0, gc.getCollectionTime());
        return t;
    }

    public static void main(String[] args) throws Exception {
        int srcPort = Integer.parseInt(args[0]);
        int dstPort = Integer.parseInt(args[1]);
        int users = Integer.parseInt(args[2]);
        String kind = args[3];
        Path work = Path.of(args[4]);
        int parallel = args.length > 5 ? Integer.parseInt(args[5]) : users;
        Files.createDirectories(work);
        String url = "jdbc:h2:file:" + work.resolve("journal").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url); InputStream in = MailboxSync.class.getResourceAsStream(
                "/db/migration/V100__sync_journal.sql"); Statement st = c.createStatement();
             var existing = c.getMetaData().getTables(null, null, "SYNC_FOLDER", null)) {
            boolean created = existing.next();
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (created || line.trim().startsWith("--")) continue;
                sql.append(line).append('\n');
                if (line.trim().endsWith(";")) {
                    st.execute(sql.toString().trim().replaceAll(";$", ""));
                    sql.setLength(0);
                }
            }
        }
        org.h2.jdbcx.JdbcConnectionPool pool0 = org.h2.jdbcx.JdbcConnectionPool.create(url, "", "");
        pool0.setMaxConnections(users * 2);
        JdbcSyncJournal journal = new JdbcSyncJournal(pool0::getConnection);
        if (Boolean.getBoolean("warmup")) {
            // A first copy to throw-away Maildirs, so that the measured runs see compiled code, as a long-running
            // service does: start-up compilation is a large share of CPU in a run this short.
            for (int i = 1; i <= users; i++) {
                SyncJob job = SyncJob.of("warmup-user" + i, ImapEndpoint.of("127.0.0.1", srcPort, ImapSecurity.NONE),
                        ImapCredentials.login("user" + i, "pass" + i),
                        new MaildirTarget(work.resolve("warmup").resolve("user" + i)))
                        .withLimits(SyncLimits.DEFAULTS.withMaxItemSize(Long.getLong("maxItemMB", 150) << 20));
                new MailboxSync().run(job, journal, null);
            }
            System.out.println("(warm-up copy done)");
        }
        SyncMode[] modes = Boolean.getBoolean("initialOnly") ? new SyncMode[] {SyncMode.INITIAL}
                : new SyncMode[] {SyncMode.INITIAL, SyncMode.INCREMENTAL};
        for (SyncMode mode : modes) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long gc0 = gcMillis();
            long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            List<Future<SyncResult>> results = new ArrayList<>();
            for (int i = 1; i <= users; i++) {
                int u = i;
                results.add(pool.submit(() -> {
                    MailTarget target = kind.equals("maildir")
                            ? new MaildirTarget(work.resolve("maildir").resolve("user" + u))
                            : new ImapTarget(ImapEndpoint.of("127.0.0.1", dstPort, ImapSecurity.NONE),
                            ImapCredentials.login("user" + u, "pass" + u));
                    SyncJob job = SyncJob.of("user" + u + "@contoso.com",
                            ImapEndpoint.of("127.0.0.1", srcPort, ImapSecurity.NONE),
                            ImapCredentials.login("user" + u, "pass" + u), target)
                            .withLimits(SyncLimits.DEFAULTS.withMaxItemSize(Long.getLong("maxItemMB", 150) << 20)).withMode(mode);
                    return new MailboxSync().run(job, journal, null);
                }));
            }
            long msgs = 0;
            long bytes = 0;
            long items = 0;
            for (Future<SyncResult> f : results) {
                SyncResult r = f.get();
                if (r.failure() != null) System.out.println("  " + r.outcome() + " " + r.failure());
                msgs += r.copied();
                bytes += r.bytesTransferred();
                items += r.itemsInSource();
            }
            pool.shutdown();
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s %s: %d users, %d items in source, %d copied, %.1f MiB in %.2f s: %.0f msgs/s, "
                            + "%.1f MiB/s%n", kind, mode, users, items, msgs, bytes / 1048576.0, secs,
                    (mode == SyncMode.INITIAL ? msgs : items) / secs, bytes / 1048576.0 / secs);
            System.out.printf("  process CPU %.2f s (%.2f ms per message), GC %d ms, JIT %d ms%n",
                    (os.getProcessCpuTime() - cpu0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, msgs),
                    gcMillis() - gc0, ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0);
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peakHeap += p.getPeakUsage().getUsed();
        }
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
        System.out.printf("peak heap (sum of pool peaks) %.0f MiB, process %s%n", peakHeap / 1048576.0, hwm);
    }
}
