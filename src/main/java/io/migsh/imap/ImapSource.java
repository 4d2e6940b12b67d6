package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.imap.client.ImapConnection;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.imap.client.HeaderScan;
import io.migsh.imap.client.ImapDates;
import io.migsh.imap.client.UidSet;
import io.migsh.target.MessageFlags;
import jakarta.mail.Flags;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.iap.ByteArray;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FLAGS;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.ListInfo;
import org.eclipse.angus.mail.imap.protocol.MailboxInfo;
import org.eclipse.angus.mail.imap.protocol.Namespaces;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.Status;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * The source mailbox: folder discovery, STATUS, listing, and message bodies, each as one IMAP command on a single
 * connection. Read-only: folders are opened with EXAMINE and bodies fetched with BODY.PEEK, so \Seen never changes.
 */
final class ImapSource implements AutoCloseable {
    /** Listing window: FETCH of UID, size and date for this many messages per command. */
    private static final int LIST_WINDOW = 5000;

    private final ImapConnection connection;
    private String selected;

    private ImapSource(ImapConnection connection) {
        this.connection = connection;
    }

    static ImapSource open(ImapEndpoint endpoint, ImapCredentials credentials)
            throws IOException, ImapCommandException {
        return new ImapSource(ImapConnection.open(endpoint, credentials));
    }

    boolean hasCondstore() {
        return connection.hasCapability("CONDSTORE");
    }

    /** All folders (LIST "" "*"), names decoded from modified UTF-7. */
    List<SourceFolder> folders() throws IOException, ImapCommandException {
        return connection.call("ListCommand", p -> {
            List<SourceFolder> out = new ArrayList<>();
            ListInfo[] infos = p.list("", "*");
            if (infos != null) {
                for (ListInfo li : infos) {
                    out.add(new SourceFolder(li.name, li.separator, Set.of(li.attrs)));
                }
            }
            return out;
        });
    }

    /** The hierarchy separator (LIST "" "", RFC 3501 section 6.3.8); '/' when the server has none. */
    char separator() throws IOException, ImapCommandException {
        return connection.call("ListCommand", p -> {
            ListInfo[] root = p.list("", "");
            return root == null || root.length == 0 || root[0].separator == 0 ? '/' : root[0].separator;
        });
    }

    /** The personal namespace's prefix (RFC 2342), or "" when the server has no NAMESPACE. */
    String personalPrefix() throws IOException, ImapCommandException {
        if (!connection.hasCapability("NAMESPACE")) return "";
        return connection.call("NamespaceCommand", p -> {
            Namespaces ns = p.namespace();
            return ns == null || ns.personal == null || ns.personal.length == 0 ? "" : ns.personal[0].prefix;
        });
    }

    /** Prefixes of the shared and other users' namespaces (RFC 2342): folders there are not the user's own. */
    List<String> otherNamespacePrefixes() throws IOException, ImapCommandException {
        if (!connection.hasCapability("NAMESPACE")) return List.of();
        return connection.call("NamespaceCommand", p -> {
            Namespaces ns = p.namespace();
            List<String> out = new ArrayList<>();
            if (ns != null) {
                for (Namespaces.Namespace[] group : new Namespaces.Namespace[][] {ns.otherUsers, ns.shared}) {
                    if (group == null) continue;
                    for (Namespaces.Namespace n : group) out.add(n.prefix);
                }
            }
            return out;
        });
    }

    FolderStatus status(String folder) throws IOException, ImapCommandException {
        List<String> items = new ArrayList<>(List.of("MESSAGES", "UIDNEXT", "UIDVALIDITY"));
        if (hasCondstore()) items.add("HIGHESTMODSEQ");
        if (connection.hasCapability("STATUS=SIZE")) items.add("SIZE");
        return connection.call("StatusCommand", p -> {
            Status s = p.status(folder, items.toArray(new String[0]));
            return new FolderStatus(Math.max(0, s.total), s.uidnext, s.uidvalidity, Math.max(0, s.highestmodseq),
                    Math.max(0, s.getItem("SIZE")));
        });
    }

    /** Opens a folder read-only (EXAMINE); returns the number of messages. */
    long examine(String folder) throws IOException, ImapCommandException {
        MailboxInfo info = connection.call("SelectCommand", p -> p.examine(folder));
        selected = folder;
        return info.total;
    }

    String selected() {
        return selected;
    }

    /**
     * UID, size and date of every message with a UID above {@code aboveUid}, in the selected folder: the UIDs first
     * (UID SEARCH), then their details in windows of UIDs. UIDs, unlike sequence numbers, do not shift when another
     * client expunges meanwhile, so no message slips between two windows.
     */
    List<SourceMessage> list(long aboveUid, long exists) throws IOException, ImapCommandException {
        List<SourceMessage> out = new ArrayList<>();
        if (exists == 0) return out;
        List<Long> uids = searchUids(aboveUid);
        for (int from = 0; from < uids.size(); from += LIST_WINDOW) {
            List<Long> window = uids.subList(from, Math.min(uids.size(), from + LIST_WINDOW));
            listInto("UID FETCH " + UidSet.of(window) + " (UID RFC822.SIZE INTERNALDATE)", aboveUid, out);
        }
        return out;
    }

    /** UIDs above a value, ascending ("n:*" also matches the last message when its UID is below n: filtered). */
    private List<Long> searchUids(long aboveUid) throws IOException, ImapCommandException {
        return connection.call("SearchCommand", p -> {
            List<Long> uids = new ArrayList<>();
            for (Response resp : command(p, "UID SEARCH UID " + (aboveUid + 1) + ":*")) {
                if (!(resp instanceof org.eclipse.angus.mail.imap.protocol.IMAPResponse ir) || !ir.keyEquals("SEARCH")) {
                    continue;
                }
                long uid;
                while ((uid = ir.readLong()) != -1) {
                    if (uid > aboveUid) uids.add(uid);
                }
            }
            uids.sort(null);
            return uids;
        });
    }

    private void listInto(String command, long aboveUid, List<SourceMessage> out)
            throws IOException, ImapCommandException {
        connection.call("FetchCommand", p -> {
            Response[] r = command(p, command);
            for (Response resp : r) {
                if (!(resp instanceof FetchResponse fr)) continue;
                UID uid = fr.getItem(UID.class);
                RFC822SIZE size = fr.getItem(RFC822SIZE.class);
                if (uid == null || uid.uid <= aboveUid) continue;
                out.add(new SourceMessage(uid.uid, size == null ? 0 : size.size, ImapDates.fromFetch(fr.toString())));
            }
            return null;
        });
    }

    /**
     * Fetches whole bodies and current flags of a batch of messages in one command. Messages gone from the folder
     * are absent from the result.
     */
    Map<Long, FetchedMessage> fetchBodies(List<Long> uids) throws IOException, ImapCommandException {
        return finishFetch(startFetch(uids));
    }

    /** A body FETCH that is sent but not read yet: the server prepares it while the caller appends the last batch. */
    record PendingFetch(String tag, List<Long> uids) {
    }

    /** Sends the FETCH of a batch without waiting; nothing else may use this connection until it is finished. */
    PendingFetch startFetch(List<Long> uids) throws IOException, ImapCommandException {
        return connection.call("FetchCommand", p -> {
            try {
                return new PendingFetch(p.writeCommand("UID FETCH " + UidSet.of(uids) + " (UID FLAGS BODY.PEEK[])",
                        null), uids);
            } catch (IOException e) {
                throw new org.eclipse.angus.mail.iap.ProtocolException("FETCH could not be sent: " + e.getMessage(), e);
            }
        });
    }

    /** Reads the answers of a sent FETCH. */
    Map<Long, FetchedMessage> finishFetch(PendingFetch pending) throws IOException, ImapCommandException {
        return connection.call("FetchCommand", p -> {
            Map<Long, FetchedMessage> out = new LinkedHashMap<>();
            Set<Long> wanted = new HashSet<>(pending.uids());
            while (true) {
                Response resp;
                try {
                    resp = p.readResponse();
                } catch (IOException e) {
                    throw new org.eclipse.angus.mail.iap.ProtocolException("FETCH answer lost: " + e.getMessage(), e);
                }
                if (resp.isBYE()) {
                    throw new org.eclipse.angus.mail.iap.ProtocolException("The server closed the connection");
                }
                if (resp.isTagged() && pending.tag().equals(resp.getTag())) {
                    p.handleResult(resp);
                    return out;
                }
                if (!(resp instanceof FetchResponse fr)) continue;
                UID uid = fr.getItem(UID.class);
                BODY body = fr.getItem(BODY.class);
                if (uid == null || body == null || !wanted.contains(uid.uid)) continue;
                out.put(uid.uid, new FetchedMessage(uid.uid, flags(fr.getItem(FLAGS.class)), body.getByteArray()));
            }
        });
    }

    /** The current flags and Message-ID of one message, or null when it is gone. */
    FetchedMessage fetchHeaderOnly(long uid, String fields) throws IOException, ImapCommandException {
        return connection.call("FetchCommand", p -> {
            Response[] r = command(p, "UID FETCH " + uid + " (UID FLAGS BODY.PEEK[HEADER.FIELDS (" + fields + ")])");
            for (Response resp : r) {
                if (resp instanceof FetchResponse fr) {
                    UID u = fr.getItem(UID.class);
                    BODY body = fr.getItem(BODY.class);
                    if (u != null && u.uid == uid) {
                        return new FetchedMessage(uid, flags(fr.getItem(FLAGS.class)),
                                body == null ? new ByteArray(new byte[0], 0, 0) : body.getByteArray());
                    }
                }
            }
            return null;
        });
    }

    /** One chunk of a body (BODY.PEEK[]<offset.length>); shorter than asked at the end of the message. */
    ByteArray fetchChunk(long uid, long offset, int length) throws IOException, ImapCommandException {
        return connection.call("FetchCommand", p -> {
            Response[] r = command(p, "UID FETCH " + uid + " (UID BODY.PEEK[]<" + offset + "." + length + ">)");
            for (Response resp : r) {
                if (resp instanceof FetchResponse fr) {
                    UID u = fr.getItem(UID.class);
                    BODY body = fr.getItem(BODY.class);
                    if (u != null && u.uid == uid && body != null) return body.getByteArray();
                }
            }
            throw new IOException("The source did not send message " + uid + " from byte " + offset);
        });
    }

    /** Flags of messages changed since a mod-sequence (RFC 7162 CHANGEDSINCE), UIDs up to {@code maxUid}. */
    Map<Long, MessageFlags> changedSince(long modSeq, long maxUid) throws IOException, ImapCommandException {
        return connection.call("FetchCommand", p -> {
            Map<Long, MessageFlags> out = new LinkedHashMap<>();
            Response[] r = command(p, "UID FETCH 1:" + maxUid + " (UID FLAGS) (CHANGEDSINCE " + modSeq + ")");
            for (Response resp : r) {
                if (resp instanceof FetchResponse fr) {
                    UID u = fr.getItem(UID.class);
                    FLAGS f = fr.getItem(FLAGS.class);
                    if (u != null && f != null && u.uid <= maxUid) out.put(u.uid, flags(f));
                }
            }
            return out;
        });
    }

    /** UID, size, date and Message-ID of every message: what re-identifies messages after a UIDVALIDITY change. */
    List<IdentifiedMessage> identify(long exists) throws IOException, ImapCommandException {
        List<IdentifiedMessage> out = new ArrayList<>();
        for (long from = 1; from <= exists; from += LIST_WINDOW) {
            long to = Math.min(exists, from + LIST_WINDOW - 1);
            String cmd = "FETCH " + from + ":" + to + " (UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER.FIELDS "
                    + "(MESSAGE-ID)])";
            connection.call("FetchCommand", p -> {
                for (Response resp : command(p, cmd)) {
                    if (!(resp instanceof FetchResponse fr)) continue;
                    UID uid = fr.getItem(UID.class);
                    RFC822SIZE size = fr.getItem(RFC822SIZE.class);
                    BODY body = fr.getItem(BODY.class);
                    if (uid == null) continue;
                    String id = body == null ? null : HeaderScan.messageId(body.getByteArray().getBytes(),
                            body.getByteArray().getStart(), body.getByteArray().getCount());
                    String text = fr.toString();
                    out.add(new IdentifiedMessage(new SourceMessage(uid.uid, size == null ? 0 : size.size,
                            ImapDates.fromFetch(text)), id));
                }
                return null;
            });
        }
        return out;
    }

    /** A listed message with its Message-ID. */
    record IdentifiedMessage(SourceMessage message, String messageId) {
    }

    private static Response[] command(IMAPProtocol p, String command) throws org.eclipse.angus.mail.iap.ProtocolException {
        Response[] r = p.command(command, null);
        p.notifyResponseHandlers(r);
        p.handleResult(r[r.length - 1]);
        return r;
    }

    static MessageFlags flags(Flags f) {
        if (f == null) return MessageFlags.NONE;
        int sys = 0;
        if (f.contains(Flags.Flag.SEEN)) sys |= MessageFlags.SEEN;
        if (f.contains(Flags.Flag.ANSWERED)) sys |= MessageFlags.ANSWERED;
        if (f.contains(Flags.Flag.FLAGGED)) sys |= MessageFlags.FLAGGED;
        if (f.contains(Flags.Flag.DELETED)) sys |= MessageFlags.DELETED;
        if (f.contains(Flags.Flag.DRAFT)) sys |= MessageFlags.DRAFT;
        return MessageFlags.of(sys, List.of(f.getUserFlags()));
    }

    @Override
    public void close() {
        connection.close();
    }
}
