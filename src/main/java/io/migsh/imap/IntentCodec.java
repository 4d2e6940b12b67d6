package io.migsh.imap;

import io.migsh.target.MessageFlags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch of intents as text for one journal row: one line per message, fields separated by TAB (uid, size,
 * INTERNALDATE millis, Message-ID, unique name, append mark, flags, header lines), with backslash escapes for TAB,
 * CR, LF and backslash. One row per batch instead of one per message keeps the journal's writes per batch small.
 */
final class IntentCodec {
    private IntentCodec() {
    }

    static String encode(List<MessageRecord> intents) {
        StringBuilder sb = new StringBuilder(intents.size() * 120);
        for (MessageRecord r : intents) {
            sb.append(r.uid()).append('\t').append(r.size()).append('\t')
                    .append(r.internalDate() == null ? "" : String.valueOf(r.internalDate().toEpochMilli())).append('\t');
            field(sb, r.messageId());
            sb.append('\t');
            field(sb, r.uniqueName());
            sb.append('\t');
            field(sb, r.appendMark());
            sb.append('\t');
            field(sb, r.flags() == null ? null : r.flags().toString());
            sb.append('\t');
            field(sb, r.headers());
            sb.append('\n');
        }
        return sb.toString();
    }

    static List<MessageRecord> decode(String text) {
        List<MessageRecord> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            out.add(new MessageRecord(Long.parseLong(f[0]), MessageState.INTENT, Long.parseLong(f[1]),
                    f[2].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(f[2])), unescape(f[3]),
                    unescape(f[7]), unescape(f[4]), unescape(f[5]), null,
                    f[6].isEmpty() ? MessageFlags.NONE : MessageFlags.parse(unescape(f[6]))));
        }
        return out;
    }

    /** A null field is written as a lone "\0"; an empty string as nothing. */
    private static void field(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("\\0");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    private static String unescape(String s) {
        if (s.equals("\\0")) return null;
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
