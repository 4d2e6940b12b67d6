/**
 * Mail stores that receive migrated mail: {@link io.migsh.target.MaildirTarget} (Dovecot's Maildir++ layout on
 * disk, the embedded default) and {@link io.migsh.target.ImapTarget} (a mailbox on an IMAP server), behind
 * {@link io.migsh.target.MailTarget}; and the vocabulary the engine and the stores share (flags, special folders,
 * modified UTF-7 names).
 */
package io.migsh.target;
