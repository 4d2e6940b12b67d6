package io.migsh.imap;

import io.migsh.imap.client.ImapConnection;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapDates;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.target.MaildirFileName;
import io.migsh.target.MessageFlags;
import io.migsh.target.ModifiedUtf7;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FLAGS;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.ListInfo;

/**
 * What a mailbox holds, for comparing source and target: folder ('/' between levels) → sorted entries
 * "sha256-of-content-with-LF flags epoch-seconds", in the manner of the harness's compare-mailboxes.py.
 */
final class MailboxSnapshot {
    private MailboxSnapshot() {
    }

    static Map<String, List<String>> ofImap(ImapEndpoint endpoint, String user, String password) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (ImapConnection c = ImapConnection.open(endpoint, ImapCredentials.login(user, password))) {
            ListInfo[] folders = c.call("ListCommand", p -> p.list("", "*"));
            for (ListInfo li : folders) {
                if (!li.canOpen) continue;
                String name = li.separator == 0 ? li.name : li.name.replace(li.separator, '/');
                List<String> entries = new ArrayList<>();
                c.call("SelectCommand", p -> p.examine(li.name));
                Response[] r = c.call("FetchCommand", p -> p.command("FETCH 1:* (UID FLAGS INTERNALDATE BODY.PEEK[])",
                        null));
                for (Response resp : r) {
                    if (!(resp instanceof FetchResponse fr)) continue;
                    BODY body = fr.getItem(BODY.class);
                    byte[] bytes = java.util.Arrays.copyOfRange(body.getByteArray().getBytes(),
                            body.getByteArray().getStart(), body.getByteArray().getStart() + body.getByteArray().getCount());
                    MessageFlags flags = ImapSource.flags(fr.getItem(FLAGS.class));
                    entries.add(sha(bytes) + " [" + flags + "] " + ImapDates.fromFetch(fr.toString()).toEpochSecond());
                }
                entries.sort(null);
                out.put(name, entries);
            }
        }
        return out;
    }

    /** A Maildir++ tree: flags from file names and dovecot-keywords, dates from file mtimes. */
    static Map<String, List<String>> ofMaildir(Path maildir) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        out.put("INBOX", folder(maildir));
        try (Stream<Path> dirs = Files.list(maildir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String n = d.getFileName().toString();
                if (!n.startsWith(".") || !Files.isDirectory(d.resolve("cur"))) continue;
                out.put(ModifiedUtf7.decode(n.substring(1)).replace('.', '/'), folder(d));
            }
        }
        return out;
    }

    private static List<String> folder(Path dir) throws IOException {
        Map<Character, String> keywords = new HashMap<>();
        Path kw = dir.resolve("dovecot-keywords");
        if (Files.exists(kw)) {
            for (String line : Files.readAllLines(kw)) {
                String[] p = line.split(" ", 2);
                keywords.put((char) ('a' + Integer.parseInt(p[0])), p[1]);
            }
        }
        List<String> entries = new ArrayList<>();
        for (String sub : new String[] {"cur", "new"}) {
            try (Stream<Path> files = Files.list(dir.resolve(sub))) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    List<String> names = new ArrayList<>();
                    for (char ch : MaildirFileName.flagLetters(name).toCharArray()) {
                        switch (ch) {
                            case 'D' -> names.add("\\Draft");
                            case 'F' -> names.add("\\Flagged");
                            case 'R' -> names.add("\\Answered");
                            case 'S' -> names.add("\\Seen");
                            case 'T' -> names.add("\\Deleted");
                            case 'P' -> { }
                            default -> names.add(keywords.get(ch));
                        }
                    }
                    byte[] lf = Files.readAllBytes(f);
                    entries.add(shaOfLf(lf) + " [" + MessageFlags.parse(names) + "] "
                            + Files.getLastModifiedTime(f).toInstant().getEpochSecond());
                }
            }
        }
        entries.sort(null);
        return entries;
    }

    /** The hash of content after CRLF → LF, so IMAP (CRLF) and Maildir (LF) copies compare equal. */
    static String sha(byte[] crlf) {
        String s = new String(crlf, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        return shaOfLf(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String shaOfLf(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
