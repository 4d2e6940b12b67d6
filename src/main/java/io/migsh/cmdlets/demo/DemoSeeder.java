package io.migsh.cmdlets.demo;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a GreenMail server with {@link DemoMailboxes}: creates each user and folder (parents first) and stores each
 * message with its flags and INTERNALDATE straight into GreenMail's store, which takes well under a second. The
 * messages a user's faults name by position get their UIDs here, in the user's {@link FaultPlan}.
 */
final class DemoSeeder {
    /**
     * A seeded mailbox: its definition, how many folders and messages and bytes the server now holds, and the plan
     * of the server's faults for it (null: none).
     */
    record SeededUser(DemoMailboxes.User user, int folders, int messages, long bytes, FaultPlan faults) {}

    private final GreenMail greenMail;
    private final ImapHostManager folders;

    DemoSeeder(GreenMail greenMail) {
        this.greenMail = greenMail;
        this.folders = greenMail.getManagers().getImapHostManager();
    }

    List<SeededUser> seed(List<DemoMailboxes.User> users, boolean withLargeMessage) throws IOException {
        List<SeededUser> out = new ArrayList<>();
        try {
            for (DemoMailboxes.User u : users) out.add(seed(u, withLargeMessage && u.largeMessage()));
        } catch (MessagingException | FolderException e) {
            throw new IOException("The demo mailboxes could not be stored: " + e.getMessage(), e);
        }
        return out;
    }

    private SeededUser seed(DemoMailboxes.User u, boolean large) throws MessagingException, FolderException {
        GreenMailUser user = greenMail.setUser(u.address(), u.login(), u.password());
        int messages = 0;
        long bytes = 0;
        Map<String, Set<Long>> unreadable = new HashMap<>();
        for (DemoMailboxes.Folder f : u.folders()) {
            MailFolder folder = folder(user, f.path());
            List<DemoMessages.Seeded> list = new ArrayList<>(DemoMessages.folder(u, f));
            if (large && f.path().equals("INBOX")) list.add(DemoMessages.large(u));
            List<Integer> refused = u.faults().unreadableMessages().getOrDefault(f.path(), List.of());
            for (int i = 0; i < list.size(); i++) {
                DemoMessages.Seeded m = list.get(i);
                long uid = folder.appendMessage(m.message(), m.flags(), m.internalDate());
                bytes += folder.getMessage(uid).getAttributes().getSize();
                messages++;
                if (refused.contains(i + 1)) {
                    String wireName = FaultPlan.key(f.path().replace('/', folders.getHierarchyDelimiter()));
                    unreadable.computeIfAbsent(wireName, k -> new HashSet<>()).add(uid);
                }
            }
        }
        int count = folders.listMailboxes(user, "*").size();
        FaultPlan plan = u.faults().any() ? new FaultPlan(u.faults().dropsMidFetch(), unreadable) : null;
        return new SeededUser(u, count, messages, bytes, plan);
    }

    /** The folder at a '/'-separated path, created with its parents when missing. */
    private MailFolder folder(GreenMailUser user, String path) throws FolderException {
        if (path.equalsIgnoreCase("INBOX")) return folders.getInbox(user);
        char sep = folders.getHierarchyDelimiter();
        String name = null;
        MailFolder folder = null;
        for (String level : path.split("/")) {
            name = name == null ? level : name + sep + level;
            folder = folders.getFolder(user, name);
            if (folder == null) {
                try {
                    folder = folders.createMailbox(user, name);
                } catch (com.icegreen.greenmail.imap.AuthorizationException e) {
                    throw new FolderException(e.getMessage());
                }
            }
        }
        return folder;
    }
}
