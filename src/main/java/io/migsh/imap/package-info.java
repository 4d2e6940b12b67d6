/**
 * The IMAP sync engine: copies one mailbox from an IMAP server to a {@link io.migsh.target.MailTarget}, exactly once,
 * newest first, with flags and INTERNALDATE, incrementally, within Exchange's limits.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * SyncJournal journal = new JdbcSyncJournal(dataSource::getConnection);   // tables: db/migration/V100__sync_journal.sql
 * SyncJob job = SyncJob.of("alice@contoso.com",                            // journal key: stable per migrated mailbox
 *         ImapEndpoint.of("imap.example.com", 993, ImapSecurity.SSL),
 *         ImapCredentials.login("alice", password),                       // or ImapCredentials.onBehalfOf(admin, pw, user)
 *         new MaildirTarget(edbFilePath.resolve("alice@contoso.com")))    // or new ImapTarget(endpoint, credentials)
 *     .withFolders(FolderFilter.of(includeFolders, excludeFolders), targetRootFolder)
 *     .withLimits(SyncLimits.DEFAULTS.withMaxItemSize(maxReceiveSize).withLargeItemLimit(n).withBadItemLimit(m))
 *     .withMode(SyncMode.INCREMENTAL);
 * SyncResult result = new MailboxSync().run(job, journal, listener);     // blocks; one thread per mailbox
 * }</pre>
 * The listener receives progress (per batch), skipped items (large and bad), failures (transient ones that were
 * retried, and folder failures) and timeline events, and is asked {@link io.migsh.imap.SyncListener#stopRequested()}
 * between batches. {@link io.migsh.imap.SyncResult} has the counts (TotalItemsInSourceMailboxCount, SyncedItemCount,
 * SkippedItemCount, BytesTransferred), the per-folder results, and for {@link io.migsh.imap.SyncOutcome#FAILED} the
 * failure with Exchange's type name and text. {@link io.migsh.imap.ServerAvailability} tests a login;
 * {@link io.migsh.imap.SyncJournal#forget} drops a mailbox's journal.
 *
 * <h2>How a sync goes</h2>
 * Connect both sides; LIST and NAMESPACE; map folders ({@link io.migsh.imap.FolderMapper}) and create them on the
 * target, empty ones too; STATUS every folder. Per folder ({@code FolderPass}): reconcile appends left unconfirmed by
 * a crash, follow a UIDVALIDITY change, stop if STATUS shows nothing new; else list UIDs above the checkpoint, plan
 * ({@link io.migsh.imap.CopyPlanner}), copy in batches ({@code BatchCopier}: one UID FETCH, journal intent, one
 * MULTIAPPEND or pipelined APPENDs, journal results; big messages streamed in chunks), carry flag changes through
 * CONDSTORE, move the checkpoint. Transient failures close both connections, back off, reconnect and redo the folder.
 */
package io.migsh.imap;
