package io.migsh.imap;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Fills a test mailbox through plain Jakarta Mail (Folder.create, Folder.appendMessages), a path independent of the
 * engine's own IMAP code, so the tests do not check the engine with itself.
 */
final class MailboxSeeder implements AutoCloseable {
    private final Store store;
    private final Session session;

    MailboxSeeder(int port, String user, String password) throws MessagingException {
        Properties p = new Properties();
        p.setProperty("mail.imap.host", "127.0.0.1");
        p.setProperty("mail.imap.port", String.valueOf(port));
        session = Session.getInstance(p);
        store = session.getStore("imap");
        store.connect(user, password);
    }

    /** Creates a folder (separator '.' on GreenMail) unless it exists. */
    MailboxSeeder folder(String name) throws MessagingException {
        Folder f = store.getFolder(name);
        if (!f.exists()) f.create(Folder.HOLDS_MESSAGES | Folder.HOLDS_FOLDERS);
        return this;
    }

    MailboxSeeder append(String folder, List<TestMessage> messages) throws MessagingException {
        folder(folder);
        Folder f = store.getFolder(folder);
        Message[] ms = new Message[messages.size()];
        for (int i = 0; i < ms.length; i++) {
            TestMessage t = messages.get(i);
            MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(t.raw())) {
                @Override
                public Date getReceivedDate() {
                    return Date.from(t.internalDate().toInstant());
                }
            };
            Flags flags = new Flags();
            if (t.flags().has(io.migsh.target.MessageFlags.SEEN)) flags.add(Flags.Flag.SEEN);
            if (t.flags().has(io.migsh.target.MessageFlags.ANSWERED)) flags.add(Flags.Flag.ANSWERED);
            if (t.flags().has(io.migsh.target.MessageFlags.FLAGGED)) flags.add(Flags.Flag.FLAGGED);
            if (t.flags().has(io.migsh.target.MessageFlags.DRAFT)) flags.add(Flags.Flag.DRAFT);
            t.flags().keywords().forEach(flags::add);
            m.setFlags(flags, true);
            ms[i] = m;
        }
        f.appendMessages(ms);
        return this;
    }

    /** Sets or clears a flag on the message with this subject. */
    void setFlag(String folder, String subject, Flags.Flag flag, boolean on) throws MessagingException {
        Folder f = store.getFolder(folder);
        f.open(Folder.READ_WRITE);
        try {
            for (Message m : f.getMessages()) {
                if (subject.equals(m.getSubject())) m.setFlag(flag, on);
            }
        } finally {
            f.close(false);
        }
    }

    void delete(String folder) throws MessagingException {
        Folder f = store.getFolder(folder);
        if (f.exists()) f.delete(true);
    }

    @Override
    public void close() throws MessagingException {
        store.close();
    }
}
