package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.target.TargetRejectedException;
import io.migsh.target.TargetSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * One run of {@link MailboxSync}: opens both sides, maps the folders, creates them on the target (empty ones too),
 * then passes over each folder. A transient failure (IOException on either side) closes both connections, waits
 * with exponential back-off, reconnects and redoes the folder; the journal makes the redo copy nothing twice.
 */
final class SyncRun implements AutoCloseable {
    private final SyncJob job;
    private final SyncJournal journal;
    private final SyncListener listener;
    private final Clock clock;
    private final SyncCounters counters = new SyncCounters();
    private ImapSource source;
    private TargetSession target;
    private int failuresInARow;
    private final java.util.Map<String, FolderStatus> statuses = new java.util.HashMap<>();
    private final java.util.Set<String> counted = new java.util.HashSet<>();

    SyncRun(SyncJob job, SyncJournal journal, SyncListener listener, Clock clock) {
        this.job = job;
        this.journal = journal;
        this.listener = listener;
        this.clock = clock;
    }

    SyncJob job() {
        return job;
    }

    SyncJournal journal() {
        return journal;
    }

    SyncListener listener() {
        return listener;
    }

    SyncCounters counters() {
        return counters;
    }

    ImapSource source() {
        return source;
    }

    TargetSession target() {
        return target;
    }

    /**
     * The largest message copied: the job's limit (the mailbox's MaxReceiveSize), or less when the target server
     * announces a smaller APPENDLIMIT (RFC 7889), since it would refuse bigger messages anyway.
     */
    long maxItemSize() {
        long limit = job.limits().maxItemSize();
        return target == null ? limit : Math.min(limit, target.appendLimit());
    }

    /** A batch went through: the retry budget is for failures in a row. */
    void madeProgress() {
        failuresInARow = 0;
    }

    void execute() {
        List<FolderMapping> mappings = withRetries(null, this::prepare);
        for (FolderMapping m : mappings) {
            if (!m.copied()) {
                listener.event(m.displayPath(), "Folder skipped: " + m.skipReason());
                continue;
            }
            if (listener.stopRequested()) throw new SyncStopped();
            withRetries(m.displayPath(), () -> {
                try {
                    new FolderPass(this, m).run();
                } catch (ImapCommandException e) {
                    folderFailed(m, e);
                }
                return null;
            });
        }
    }

    /** Connects, lists and maps the folders, creates every copied folder on the target. */
    private List<FolderMapping> prepare() throws IOException {
        connect();
        try {
            List<SourceFolder> folders = source.folders();
            String prefix = source.personalPrefix();
            if (job.userRoot() != null && !job.userRoot().isBlank()) {
                prefix = userRootPrefix(job.userRoot(), source.separator());
                String under = prefix;
                folders = folders.stream().filter(f -> f.name().equalsIgnoreCase("INBOX")
                        || f.name().regionMatches(true, 0, under, 0, under.length())).toList();
            }
            List<String> otherPrefixes = source.otherNamespacePrefixes();
            FolderMapper mapper = new FolderMapper(prefix, target.separator(), target.specialFolders(
                    FolderMapper.ordinaryTopLevelNames(prefix, target.separator(), folders)),
                    job.targetRootFolder(), job.folderFilter());
            List<FolderMapping> mappings = new java.util.ArrayList<>();
            for (FolderMapping m : mapper.map(folders)) {
                if (m.copied() && isOtherNamespace(m.source().name(), otherPrefixes)) {
                    m = new FolderMapping(m.source(), m.path(), m.special(), null,
                            "The folder belongs to a shared or other users' namespace.");
                }
                if (m.copied() && !createTargetFolder(m)) {
                    m = new FolderMapping(m.source(), m.path(), m.special(), null, "The target refused the folder.");
                }
                mappings.add(m);
            }
            countSourceItems(mappings);
            listener.event(null, "Folders: " + mappings.stream().filter(FolderMapping::copied).count()
                    + " to sync of " + folders.size() + " listed.");
            return mappings;
        } catch (ImapCommandException e) {
            throw abort(FailureTypes.MIGRATION_PERMANENT, FailureSide.Source, null, e.getMessage());
        }
    }

    /** The CSV's UserRoot ("/users/terry.adams") as a folder name prefix with the server's separator. */
    static String userRootPrefix(String userRoot, char separator) {
        String root = userRoot.trim();
        while (root.startsWith("/")) root = root.substring(1);
        while (root.endsWith("/")) root = root.substring(0, root.length() - 1);
        return root.replace('/', separator) + separator;
    }

    /**
     * One STATUS per folder up front gives TotalItemsInSourceMailboxCount before any copying; each folder pass then
     * uses its folder's answer instead of asking again, so a sync with nothing new costs one STATUS per folder.
     */
    private void countSourceItems(List<FolderMapping> mappings) throws IOException {
        for (FolderMapping m : mappings) {
            if (!m.copied()) continue;
            try {
                FolderStatus st = source.status(m.source().name());
                statuses.put(m.source().name(), st);
                counted.add(m.source().name());
                counters.itemsInSource += st.messages();
                counters.bytesInSource += st.size();
            } catch (ImapCommandException e) {
                // The folder's own pass reports it.
            }
        }
        listener.progress(counters.progress(null));
    }

    /** Whether the folder's messages are already in TotalItemsInSourceMailboxCount. */
    boolean counted(String folder) {
        return !counted.add(folder);
    }

    /** The STATUS taken up front for a folder, once; null when it must be asked again (a retried pass). */
    FolderStatus takeStatus(String folder) {
        return statuses.remove(folder);
    }

    /** Creates the folder on the target; a refusal is a failure of that folder only, and the others go on. */
    private boolean createTargetFolder(FolderMapping m) throws IOException {
        try {
            target.createFolder(m.targetName());
            return true;
        } catch (TargetRejectedException e) {
            SyncFailure f = new SyncFailure(clock.instant(), FailureTypes.MIGRATION_PERMANENT, FailureSide.Target,
                    m.displayPath(), e.getMessage(), false);
            counters.folderFailures.add(f);
            listener.failure(f);
            return false;
        } catch (IOException e) {
            throw new TargetIOException(e);
        }
    }

    private static boolean isOtherNamespace(String name, List<String> prefixes) {
        for (String p : prefixes) {
            if (!p.isEmpty() && name.startsWith(p)) return true;
        }
        return false;
    }

    private void connect() throws IOException {
        if (source == null) {
            try {
                source = ImapSource.open(job.source(), job.credentials());
                listener.event(null, "Connected to the source " + job.source() + ".");
            } catch (ImapCommandException e) {
                boolean login = e.command().equals("LoginCommand") || e.command().equals("AuthenticateCommand");
                throw abort(FailureTypes.MIGRATION_PERMANENT, FailureSide.Source, null,
                        (login ? FailureTypes.LOGIN_FAILED_PREFIX : "") + e.getMessage());
            }
        }
        if (target == null) {
            try {
                target = job.target().open();
                listener.event(null, "Connected to the target " + job.target().describe() + ".");
            } catch (TargetRejectedException e) {
                boolean login = e.command().equals("LoginCommand") || e.command().equals("AuthenticateCommand");
                throw abort(FailureTypes.MIGRATION_PERMANENT, FailureSide.Target, null,
                        (login ? FailureTypes.LOGIN_FAILED_PREFIX : "") + e.getMessage());
            } catch (IOException e) {
                throw new TargetIOException(e);
            }
        }
    }

    @FunctionalInterface
    interface Step<T> {
        T run() throws IOException;
    }

    /** Runs a step; on a transient failure reports it, backs off, reconnects and runs it again. */
    private <T> T withRetries(String folder, Step<T> step) {
        while (true) {
            try {
                if (source == null || target == null) connect();
                return step.run();
            } catch (IOException e) {
                FailureSide side = e instanceof TargetIOException ? FailureSide.Target : FailureSide.Source;
                SyncFailure f = new SyncFailure(clock.instant(), FailureTypes.COMMUNICATION_ERROR_TRANSIENT, side,
                        folder, describe(e), true);
                counters.retries++;
                failuresInARow++;
                listener.failure(f);
                close();
                if (failuresInARow > job.limits().maxRetries()) {
                    throw abort(FailureTypes.MIGRATION_TRANSIENT, side, folder,
                            "The sync failed after " + job.limits().maxRetries() + " retries. --> " + describe(e));
                }
                Duration delay = backoff(failuresInARow);
                listener.event(folder, "Transient failure (" + side + "): " + describe(e) + " Retrying in "
                        + delay.toMillis() + " ms.");
                sleep(delay);
            }
        }
    }

    private Duration backoff(int attempt) {
        Duration d = job.limits().retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10));
        return d.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : d;
    }

    private void sleep(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < until) {
            if (listener.stopRequested()) throw new SyncStopped();
            try {
                Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncStopped();
            }
        }
    }

    private static String describe(IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !msg.contains(root.getMessage())) {
            msg += " --> " + root.getMessage();
        }
        return msg;
    }

    /** A folder the source refuses (SELECT/STATUS answered NO): recorded, and the other folders go on. */
    private void folderFailed(FolderMapping m, ImapCommandException e) {
        SyncFailure f = new SyncFailure(clock.instant(), FailureTypes.MIGRATION_PERMANENT, FailureSide.Source,
                m.displayPath(), e.getMessage(), false);
        counters.folderFailures.add(f);
        counters.folders.put(m.source().name(), new FolderResult(m.source().name(), m.targetName(), 0, 0, 0, 0, 0, 0,
                f));
        listener.failure(f);
    }

    SyncAbort abort(String type, FailureSide side, String context, String message) {
        return new SyncAbort(new SyncFailure(clock.instant(), type, side, context, message, false));
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
        if (target != null) {
            target.close();
            target = null;
        }
    }
}
