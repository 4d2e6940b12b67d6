package io.migsh.migration.probe;

import io.migsh.migration.model.ImapServerSettings;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;

/**
 * Lists every folder of a mailbox with its message count and total size, as the Get-ImapFolders script the
 * migration guide recommends does, so an admin can compare the source with Get-MailboxFolderStatistics. Sizes come
 * from STATUS (SIZE) where the server has it (RFC 8438), else from the messages' RFC822.SIZE.
 */
public final class ImapFolderLister {
    private final ImapConnector connector;

    public ImapFolderLister(ImapConnector connector) {
        this.connector = connector;
    }

    public List<ImapFolderInfo> list(ImapServerSettings server, String user, char[] password, String authorizationId,
            String root) throws MessagingException {
        Store store = connector.connect(server, user, password, authorizationId);
        try {
            Folder base = root == null || root.isEmpty() ? store.getDefaultFolder() : store.getFolder(root);
            List<ImapFolderInfo> out = new ArrayList<>();
            boolean statusSize = ((IMAPStore) store).hasCapability("STATUS=SIZE");
            for (Folder f : base.list("*")) out.add(describe((IMAPFolder) f, statusSize));
            if (root == null || root.isEmpty()) {
                boolean hasInbox = out.stream().anyMatch(i -> i.name().equalsIgnoreCase("INBOX"));
                if (!hasInbox) out.add(0, describe((IMAPFolder) store.getFolder("INBOX"), statusSize));
            }
            return out;
        } finally {
            store.close();
        }
    }

    /**
     * One folder's count and size. A folder the server refuses (STATUS or SELECT answered NO) is listed with the
     * server's answer instead, and the listing goes on, as the migration itself goes on past such a folder.
     */
    private static ImapFolderInfo describe(IMAPFolder f, boolean statusSize) throws MessagingException {
        List<String> attributes = List.of(f.getAttributes());
        boolean selectable = (f.getType() & Folder.HOLDS_MESSAGES) != 0
                && attributes.stream().noneMatch(a -> a.equalsIgnoreCase("\\Noselect")
                        || a.equalsIgnoreCase("\\NonExistent"));
        if (!selectable) return new ImapFolderInfo(f.getFullName(), f.getSeparator(), attributes, 0, 0L, null);
        try {
            int count = f.getMessageCount();
            long size = statusSize ? statusSize(f) : fetchSizes(f, count);
            return new ImapFolderInfo(f.getFullName(), f.getSeparator(), attributes, count, size, null);
        } catch (jakarta.mail.StoreClosedException | jakarta.mail.FolderClosedException lost) {
            throw lost;
        } catch (MessagingException refused) {
            String text = refused.getMessage() == null ? refused.toString() : refused.getMessage();
            // Jakarta Mail keeps the command's tag in front of the server's answer ("A16 NO ..."); it means nothing here.
            text = text.replaceFirst("^[A-Za-z]+\\d+ (?=(NO|BAD) )", "");
            return new ImapFolderInfo(f.getFullName(), f.getSeparator(), attributes, null, null, text);
        }
    }

    /** STATUS folder (SIZE): one round trip, no folder opened. */
    private static long statusSize(IMAPFolder f) throws MessagingException {
        Object r = f.doCommand(p -> {
            Argument args = new Argument();
            args.writeString(p.isEnabled("UTF8=ACCEPT") ? f.getFullName()
                    : org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder.encode(f.getFullName()));
            Argument items = new Argument();
            items.writeAtom("SIZE");
            args.writeArgument(items);
            Response[] rs = p.command("STATUS", args);
            for (Response resp : rs) {
                String line = resp.toString();
                int at = line.toUpperCase(java.util.Locale.ROOT).lastIndexOf("SIZE ");
                if (line.startsWith("* STATUS") && at >= 0) {
                    String digits = line.substring(at + 5).replaceAll("[^0-9].*$", "");
                    return Long.parseLong(digits);
                }
            }
            return -1L;
        });
        long size = (Long) r;
        return size >= 0 ? size : fetchSizes(f, f.getMessageCount());
    }

    /** FETCH 1:* RFC822.SIZE over a read-only folder. */
    private static long fetchSizes(IMAPFolder f, int count) throws MessagingException {
        if (count == 0) return 0;
        f.open(Folder.READ_ONLY);
        try {
            jakarta.mail.Message[] messages = f.getMessages();
            jakarta.mail.FetchProfile fp = new jakarta.mail.FetchProfile();
            fp.add(jakarta.mail.FetchProfile.Item.SIZE);
            f.fetch(messages, fp);
            long total = 0;
            for (jakarta.mail.Message m : messages) total += Math.max(0, m.getSize());
            return total;
        } finally {
            f.close(false);
        }
    }
}
