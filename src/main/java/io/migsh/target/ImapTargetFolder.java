package io.migsh.target;

import io.migsh.imap.client.HeaderScan;
import io.migsh.imap.client.ImapCommandException;
import io.migsh.imap.client.ImapConnection;
import io.migsh.imap.client.ImapDates;
import io.migsh.imap.client.ServerText;
import io.migsh.imap.client.UidSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.Status;
import org.eclipse.angus.mail.imap.protocol.UID;

/** A folder of an IMAP target; the append mark is "UIDVALIDITY:UIDNEXT", advanced by each APPENDUID. */
final class ImapTargetFolder implements TargetFolder {
    private final ImapTargetSession session;
    private final ImapConnection connection;
    private final String name;
    private final Path spoolDir;
    private long uidValidity = -1;
    private long uidNext = -1;

    ImapTargetFolder(ImapTargetSession session, String name, Path spoolDir) {
        this.session = session;
        this.connection = session.connection();
        this.name = name;
        this.spoolDir = spoolDir;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String appendMark() throws IOException {
        if (uidValidity < 0) {
            Status s = call("StatusCommand", p -> p.status(name, new String[] {"UIDVALIDITY", "UIDNEXT"}));
            uidValidity = s.uidvalidity;
            uidNext = s.uidnext;
        }
        return uidValidity + ":" + uidNext;
    }

    @Override
    public List<AppendOutcome> append(List<OutgoingMessage> messages) throws IOException {
        List<SpooledContent> spooled = new ArrayList<>();
        try {
            List<OutgoingMessage> ready = new ArrayList<>(messages.size());
            for (OutgoingMessage m : messages) {
                if (m.content().size() < 0) {
                    SpooledContent s = SpooledContent.of(m.content(), spoolDir);
                    spooled.add(s);
                    ready.add(new OutgoingMessage(m.flags(), m.internalDate(), s, m.uniqueName(), m.messageId()));
                } else {
                    ready.add(m);
                }
            }
            List<AppendOutcome> out;
            if (ready.size() > 1 && connection.hasCapability("MULTIAPPEND")) {
                out = multiAppend(ready);
            } else if (ready.size() > 1 && connection.hasCapability("LITERAL+")) {
                out = pipelinedAppends(ready);
            } else {
                out = new ArrayList<>();
                for (OutgoingMessage m : ready) out.addAll(appendEach(List.of(m)));
            }
            if (!connection.hasCapability("UIDPLUS")) out = findRefs(ready, out);
            advanceMark(out);
            return out;
        } finally {
            for (SpooledContent s : spooled) s.close();
        }
    }

    /** One MULTIAPPEND for the whole batch (RFC 3502): all or nothing, so a refusal is retried one by one. */
    private List<AppendOutcome> multiAppend(List<OutgoingMessage> batch) throws IOException {
        Argument args = new Argument();
        args.writeString(ModifiedUtf7.encode(name));
        for (OutgoingMessage m : batch) appendMessageArgs(args, m);
        Response tagged = call("AppendCommand", p -> tagged(p.command("APPEND", args)));
        if (tagged.isOK()) {
            List<Long> uids = appendUids(tagged, batch.size());
            List<AppendOutcome> out = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                out.add(AppendOutcome.appended(uids == null ? null : uidValidity + ":" + uids.get(i)));
            }
            return out;
        }
        if (tagged.isBYE()) throw new IOException(name + ": the server closed the connection during APPEND");
        return appendEach(batch);
    }

    /** APPENDs written back to back with non-synchronizing literals, then all answers read (RFC 7888). */
    private List<AppendOutcome> pipelinedAppends(List<OutgoingMessage> batch) throws IOException {
        return call("AppendCommand", p -> {
            List<String> tags = new ArrayList<>();
            for (OutgoingMessage m : batch) {
                Argument args = new Argument();
                args.writeString(ModifiedUtf7.encode(name));
                appendMessageArgs(args, m);
                try {
                    tags.add(p.writeCommand("APPEND", args));
                } catch (IOException e) {
                    throw new ProtocolException("APPEND could not be sent: " + e.getMessage(), e);
                }
            }
            Map<String, Response> byTag = new HashMap<>();
            while (byTag.size() < tags.size()) {
                Response r;
                try {
                    r = p.readResponse();
                } catch (IOException e) {
                    throw new ProtocolException("APPEND answer lost: " + e.getMessage(), e);
                }
                if (r.isBYE()) throw new ProtocolException("The server closed the connection during APPEND");
                if (r.isTagged() && tags.contains(r.getTag())) byTag.put(r.getTag(), r);
            }
            List<AppendOutcome> out = new ArrayList<>();
            for (String tag : tags) out.add(outcome(byTag.get(tag)));
            return out;
        });
    }

    private List<AppendOutcome> appendEach(List<OutgoingMessage> batch) throws IOException {
        List<AppendOutcome> out = new ArrayList<>();
        for (OutgoingMessage m : batch) {
            Argument args = new Argument();
            args.writeString(ModifiedUtf7.encode(name));
            appendMessageArgs(args, m);
            Response tagged = call("AppendCommand", p -> tagged(p.command("APPEND", args)));
            if (tagged.isBYE()) throw new IOException(name + ": the server closed the connection during APPEND");
            out.add(outcome(tagged));
        }
        return out;
    }

    private AppendOutcome outcome(Response tagged) {
        if (tagged.isOK()) {
            List<Long> uids = appendUids(tagged, 1);
            return AppendOutcome.appended(uids == null ? null : uidValidity + ":" + uids.get(0));
        }
        String[] codeText = ServerText.split(tagged.getRest());
        return AppendOutcome.rejected(ImapCommandException.exchangeText("AppendCommand",
                tagged.isNO() ? "NO" : "BAD", codeText[0], codeText[1]));
    }

    /** The UIDs of an "[APPENDUID uidvalidity uid-set]" answer (RFC 4315), or null without UIDPLUS. */
    private List<Long> appendUids(Response tagged, int expected) {
        String code = ServerText.split(tagged.getRest())[0];
        String[] parts = code.split("\\s+");
        if (parts.length != 3 || !parts[0].equalsIgnoreCase("APPENDUID")) return null;
        try {
            long validity = Long.parseLong(parts[1]);
            List<Long> uids = UidSet.expand(parts[2]);
            if (uids.size() != expected) return null;
            uidValidity = validity;
            return uids;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Without UIDPLUS the server does not say which UIDs the messages got: find them the way a reconcile does, by
     * Message-ID, size and INTERNALDATE among the messages from the mark on, so that flag changes can reach them.
     */
    private List<AppendOutcome> findRefs(List<OutgoingMessage> sent, List<AppendOutcome> out) throws IOException {
        List<PendingMessage> pending = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (out.get(i).isRejected()) continue;
            OutgoingMessage m = sent.get(i);
            pending.add(new PendingMessage(m.uniqueName(), m.messageId(), m.content().size(),
                    m.internalDate() == null ? null : m.internalDate().toInstant()));
            index.add(i);
        }
        Map<Integer, String> found = findAppended(appendMark(), pending);
        List<AppendOutcome> filled = new ArrayList<>(out);
        found.forEach((p, ref) -> filled.set(index.get(p), AppendOutcome.appended(ref)));
        return filled;
    }

    private void advanceMark(List<AppendOutcome> outcomes) {
        for (AppendOutcome o : outcomes) {
            if (o.ref() == null) continue;
            long uid = Long.parseLong(o.ref().substring(o.ref().indexOf(':') + 1));
            if (uid >= uidNext) uidNext = uid + 1;
        }
    }

    private static void appendMessageArgs(Argument args, OutgoingMessage m) {
        args.writeAtom(m.flags().toImapList());
        if (m.internalDate() != null) args.writeString(ImapDates.format(m.internalDate()));
        MessageContent content = m.content();
        args.writeBytes(new org.eclipse.angus.mail.iap.Literal() {
            @Override
            public int size() {
                return Math.toIntExact(content.size());
            }

            @Override
            public void writeTo(java.io.OutputStream os) throws IOException {
                try (java.io.InputStream in = content.open()) {
                    long copied = in.transferTo(os);
                    if (copied != content.size()) {
                        throw new IOException("message content was " + copied + " bytes, announced " + content.size());
                    }
                }
            }
        });
    }

    private static Response tagged(Response[] responses) {
        return responses[responses.length - 1];
    }

    @Override
    public Map<Integer, String> findAppended(String mark, List<PendingMessage> pending) throws IOException {
        Map<Integer, String> found = new HashMap<>();
        if (pending.isEmpty()) return found;
        String[] vn = mark == null ? new String[0] : mark.split(":");
        session.select(name, false);
        long validity = session.selectedUidValidity();
        long from = vn.length == 2 && Long.parseLong(vn[0]) == validity ? Long.parseLong(vn[1]) : 1;
        List<Candidate> candidates = call("FetchCommand", p -> {
            List<Candidate> out = new ArrayList<>();
            Response[] r = p.command("UID FETCH " + from + ":* (UID RFC822.SIZE INTERNALDATE "
                    + "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])", null);
            for (Response resp : r) {
                if (!(resp instanceof FetchResponse fr)) continue;
                UID uid = fr.getItem(UID.class);
                if (uid == null || uid.uid < from) continue;
                RFC822SIZE size = fr.getItem(RFC822SIZE.class);
                BODY body = fr.getItem(BODY.class);
                String id = body == null ? null : HeaderScan.messageId(body.getByteArray().getBytes(),
                        body.getByteArray().getStart(), body.getByteArray().getCount());
                OffsetDateTime date = ImapDates.fromFetch(fr.toString());
                out.add(new Candidate(uid.uid, size == null ? -1 : size.size, date == null ? null
                        : date.toEpochSecond(), id));
            }
            return out;
        });
        for (int i = 0; i < pending.size(); i++) {
            PendingMessage pm = pending.get(i);
            Long secs = pm.internalDate() == null ? null : pm.internalDate().getEpochSecond();
            Candidate match = null;
            for (Candidate c : candidates) {
                if (c.claimed || !Objects.equals(c.messageId, pm.messageId()) || !Objects.equals(c.date, secs)) continue;
                if (pm.messageId() == null && c.size != pm.size()) continue;
                if (match == null || (c.size == pm.size() && match.size != pm.size())) match = c;
            }
            if (match != null) {
                match.claimed = true;
                found.put(i, validity + ":" + match.uid);
            }
        }
        return found;
    }

    /** A message in the target that may be the copy of a pending one. */
    private static final class Candidate {
        final long uid;
        final long size;
        final Long date;
        final String messageId;
        boolean claimed;

        Candidate(long uid, long size, Long date, String messageId) {
            this.uid = uid;
            this.size = size;
            this.date = date;
            this.messageId = messageId;
        }
    }

    @Override
    public void setFlags(String ref, MessageFlags flags) throws IOException {
        int colon = ref.indexOf(':');
        long validity = Long.parseLong(ref.substring(0, colon));
        long uid = Long.parseLong(ref.substring(colon + 1));
        session.select(name, true);
        if (session.selectedUidValidity() != validity) return; // the target renumbered; the copy can't be found
        call("StoreCommand", p -> {
            Response[] r = p.command("UID STORE " + uid + " FLAGS.SILENT " + flags.toImapList(), null);
            p.handleResult(r[r.length - 1]);
            return null;
        });
    }

    private <T> T call(String command, ImapConnection.Call<T> call) throws IOException {
        try {
            return connection.call(command, call);
        } catch (ImapCommandException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }
}
