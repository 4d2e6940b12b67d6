/**
 * Joins the migration service to the IMAP sync engine: {@link io.migsh.engine.ImapMailboxSynchronizer} implements
 * the service's seam ({@link io.migsh.migration.sync.MailboxSynchronizer}) with {@link io.migsh.imap.MailboxSync}.
 * <p>
 * Each pass of a sync request is one engine run keyed by the request's RequestGuid, with the engine's journal in
 * the same database as the migration state (the session binds the synchronizer to its store), so a pass continues
 * from the last checkpoint whichever process runs it. The job is translated field by field (source server and
 * login, Maildir or IMAP target with master user, folder filter and TargetRootFolder, BadItemLimit, LargeItemLimit,
 * MaxReceiveSize, the kind of pass); back come progress counted per pass, each skipped item once, retried and
 * folder failures as report lines, and the outcome with Exchange's failure type and text. This is the only package
 * that imports both {@code migration} and {@code imap}; neither imports it.
 */
package io.migsh.engine;
