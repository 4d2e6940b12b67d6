package io.migsh.imap;

import io.migsh.target.AppendOutcome;
import io.migsh.target.MailTarget;
import io.migsh.target.MessageFlags;
import io.migsh.target.OutgoingMessage;
import io.migsh.target.PendingMessage;
import io.migsh.target.SpecialFolder;
import io.migsh.target.TargetFolder;
import io.migsh.target.TargetRejectedException;
import io.migsh.target.TargetSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A real target that refuses, as a server answering NO to APPEND would, messages containing a marker text. */
final class RejectingTarget implements MailTarget {
    private final MailTarget real;
    private final String marker;

    RejectingTarget(MailTarget real, String marker) {
        this.real = real;
        this.marker = marker;
    }

    @Override
    public TargetSession open() throws IOException, TargetRejectedException {
        TargetSession s = real.open();
        return new TargetSession() {
            public char separator() { return s.separator(); }
            public Set<String> folders() throws IOException { return s.folders(); }
            public Map<SpecialFolder, String> specialFolders(Set<String> ordinary) throws IOException {
                return s.specialFolders(ordinary);
            }
            public void createFolder(String n) throws IOException, TargetRejectedException { s.createFolder(n); }
            public long appendLimit() { return s.appendLimit(); }
            public void close() { s.close(); }
            public TargetFolder folder(String name) throws IOException, TargetRejectedException {
                TargetFolder f = s.folder(name);
                return new TargetFolder() {
                    public String name() { return f.name(); }
                    public String appendMark() throws IOException { return f.appendMark(); }
                    public Map<Integer, String> findAppended(String m, List<PendingMessage> p) throws IOException {
                        return f.findAppended(m, p);
                    }
                    public void setFlags(String ref, MessageFlags flags) throws IOException { f.setFlags(ref, flags); }
                    public List<AppendOutcome> append(List<OutgoingMessage> messages) throws IOException {
                        List<AppendOutcome> out = new ArrayList<>();
                        for (OutgoingMessage m : messages) {
                            String text;
                            try (InputStream in = m.content().open()) {
                                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                            }
                            if (text.contains(marker)) {
                                out.add(AppendOutcome.rejected("Imap server sent NO response to AppendCommand. "
                                        + "Response code: '', message: 'Message contains invalid header'"));
                            } else {
                                out.addAll(f.append(List.of(new OutgoingMessage(m.flags(), m.internalDate(),
                                        io.migsh.target.MessageContent.of(text.getBytes(StandardCharsets.ISO_8859_1)),
                                        m.uniqueName(), m.messageId()))));
                            }
                        }
                        return out;
                    }
                };
            }
        };
    }

    @Override
    public String describe() {
        return real.describe();
    }
}
