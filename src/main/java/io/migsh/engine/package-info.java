/**
 * Joins the migration service to the IMAP sync engine: {@link io.migsh.engine.ImapMailboxSynchronizer} implements
 * the service's seam ({@link io.migsh.migration.sync.MailboxSynchronizer}) with {@link io.migsh.imap.MailboxSync}.
 * <p>
 * A migration session binds the synchronizer to its state store, so the engine's journal lives in the same database
 * as the requests. Each pass of a sync request is one engine run keyed by the request's RequestGuid, so it continues
 * from the last checkpoint whichever process runs it; removing the request drops its journal. {@code JobMapper}
 * translates the job field by field (source server and login, Maildir or IMAP target with master user, folder
 * filter and TargetRootFolder, BadItemLimit, LargeItemLimit, MaxReceiveSize, the kind of pass);
 * {@code ListenerBridge} passes back progress counted per pass, each skipped item once, retried and folder
 * failures as report lines, and the service's stop; {@code Outcomes} gives the pass's end with Exchange's failure
 * type and text. This is the only package that imports both {@code migration} and {@code imap}; neither imports it.
 */
package io.migsh.engine;
