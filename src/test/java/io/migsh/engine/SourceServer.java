package io.migsh.engine;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * An in-process GreenMail IMAP server (folder separator '.') whose mailboxes are filled through plain Jakarta Mail,
 * a path independent of the engine's own IMAP code.
 */
final class SourceServer implements AutoCloseable {
    final GreenMail greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private final Map<String, String> passwords = new LinkedHashMap<>();

    SourceServer() {
        greenMail.start();
    }

    SourceServer user(String login, String password) {
        greenMail.setUser(login + "@old.example", login, password);
        passwords.put(login, password);
        return this;
    }

    ImapServerSettings settings() {
        return new ImapServerSettings("127.0.0.1", greenMail.getImap().getPort(), ImapSecurity.None,
                AuthenticationMethod.Basic, false);
    }

    /** Creates the folder (and its parents) unless it exists. */
    void folder(String login, String folder) throws MessagingException {
        withStore(login, store -> {
            Folder f = store.getFolder(folder);
            if (!f.exists()) f.create(Folder.HOLDS_MESSAGES | Folder.HOLDS_FOLDERS);
        });
    }

    void append(String login, String folder, Mail... mails) throws MessagingException {
        withStore(login, store -> {
            Folder f = store.getFolder(folder);
            if (!f.exists()) f.create(Folder.HOLDS_MESSAGES | Folder.HOLDS_FOLDERS);
            Session session = Session.getInstance(new Properties());
            Message[] messages = new Message[mails.length];
            for (int i = 0; i < mails.length; i++) messages[i] = message(session, mails[i]);
            f.appendMessages(messages);
        });
    }

    /** RFC822.SIZE of every message of the account, as the server reports it. */
    long totalSize(String login) throws MessagingException {
        long[] total = {0};
        withStore(login, store -> {
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) == 0) continue;
                f.open(Folder.READ_ONLY);
                for (Message m : f.getMessages()) total[0] += m.getSize();
                f.close(false);
            }
        });
        return total[0];
    }

    private static MimeMessage message(Session session, Mail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(mail.raw())) {
            @Override
            public Date getReceivedDate() {
                return Date.from(mail.internalDate().toInstant());
            }
        };
        Flags flags = new Flags();
        for (String flag : mail.flags().split(" ")) {
            switch (flag) {
                case "" -> { }
                case "\\Seen" -> flags.add(Flags.Flag.SEEN);
                case "\\Answered" -> flags.add(Flags.Flag.ANSWERED);
                case "\\Flagged" -> flags.add(Flags.Flag.FLAGGED);
                case "\\Draft" -> flags.add(Flags.Flag.DRAFT);
                default -> flags.add(flag);
            }
        }
        m.setFlags(flags, true);
        return m;
    }

    @FunctionalInterface
    private interface StoreWork {
        void run(Store store) throws MessagingException;
    }

    private void withStore(String login, StoreWork work) throws MessagingException {
        Properties p = new Properties();
        p.setProperty("mail.imap.host", "127.0.0.1");
        p.setProperty("mail.imap.port", String.valueOf(greenMail.getImap().getPort()));
        Store store = Session.getInstance(p).getStore("imap");
        store.connect(login, passwords.get(login));
        try {
            work.run(store);
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
