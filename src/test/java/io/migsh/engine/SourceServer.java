package io.migsh.engine;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * An in-process GreenMail IMAP server (folder separator '.'). Mailboxes are filled through GreenMail's own store,
 * which is fast and independent of the engine's IMAP code; sizes are read back over IMAP with Jakarta Mail.
 */
public final class SourceServer implements AutoCloseable {
    public final GreenMail greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, GreenMailUser> users = new LinkedHashMap<>();

    public SourceServer() {
        greenMail.start();
    }

    public SourceServer user(String login, String password) {
        users.put(login, greenMail.setUser(login + "@old.example", login, password));
        passwords.put(login, password);
        return this;
    }

    public ImapServerSettings settings() {
        return new ImapServerSettings("127.0.0.1", greenMail.getImap().getPort(), ImapSecurity.None,
                AuthenticationMethod.Basic, false);
    }

    /** Creates the folder (and its parents, '.' between levels) unless it exists. */
    public MailFolder folder(String login, String folder) throws FolderException, AuthorizationException {
        ImapHostManager host = greenMail.getManagers().getImapHostManager();
        GreenMailUser user = users.get(login);
        if (folder.equalsIgnoreCase("INBOX")) return host.getInbox(user);
        int dot = folder.lastIndexOf('.');
        if (dot > 0) folder(login, folder.substring(0, dot));
        MailFolder f = host.getFolder(user, folder);
        return f != null ? f : host.createMailbox(user, folder);
    }

    public void append(String login, String folder, Mail... mails) throws Exception {
        MailFolder f = folder(login, folder);
        Session session = Session.getInstance(new Properties());
        for (Mail mail : mails) {
            f.appendMessage(new MimeMessage(session, new ByteArrayInputStream(mail.raw())), flags(mail),
                    Date.from(mail.internalDate().toInstant()));
        }
    }

    /** RFC822.SIZE of every message of the account, as the server reports it. */
    public long totalSize(String login) throws MessagingException {
        long[] total = {0};
        withStore(login, store -> {
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) == 0) continue;
                f.open(Folder.READ_ONLY);
                Message[] messages = f.getMessages();
                FetchProfile sizes = new FetchProfile();
                sizes.add(FetchProfile.Item.SIZE);
                f.fetch(messages, sizes);
                for (Message m : messages) total[0] += m.getSize();
                f.close(false);
            }
        });
        return total[0];
    }

    /** Folder → "subject [flags]" lines of what an account holds, read over IMAP. */
    public Map<String, List<String>> contents(String login) throws MessagingException {
        Map<String, List<String>> out = new TreeMap<>();
        withStore(login, store -> {
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) == 0) continue;
                List<String> lines = new ArrayList<>();
                f.open(Folder.READ_ONLY);
                for (Message m : f.getMessages()) {
                    lines.add(m.getSubject() + " " + Arrays.toString(m.getFlags().getSystemFlags().length == 0
                            ? new String[0] : flagNames(m.getFlags())));
                }
                f.close(false);
                lines.sort(null);
                out.put(f.getFullName(), lines);
            }
        });
        return out;
    }

    private static String[] flagNames(Flags flags) {
        List<String> names = new ArrayList<>();
        if (flags.contains(Flags.Flag.SEEN)) names.add("Seen");
        if (flags.contains(Flags.Flag.FLAGGED)) names.add("Flagged");
        if (flags.contains(Flags.Flag.ANSWERED)) names.add("Answered");
        if (flags.contains(Flags.Flag.DRAFT)) names.add("Draft");
        return names.toArray(new String[0]);
    }

    private static Flags flags(Mail mail) {
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
        return flags;
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
