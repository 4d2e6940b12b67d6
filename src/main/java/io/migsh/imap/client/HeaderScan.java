package io.migsh.imap.client;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads single header fields from raw message bytes without parsing the message: only the header section is
 * looked at, folded lines (RFC 5322 section 2.2.3) are unfolded. Used for the Message-ID kept in the journal.
 */
public final class HeaderScan {
    private HeaderScan() {
    }

    /** The Message-ID value ("<...>"), or null when the header section has none. */
    public static String messageId(byte[] bytes, int offset, int length) {
        String v = field(bytes, offset, length, "message-id");
        if (v == null) return null;
        v = v.trim();
        return v.isEmpty() ? null : v;
    }

    /** The raw (still encoded) value of the first header field with that name, or null. */
    public static String field(byte[] bytes, int offset, int length, String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        int end = offset + length;
        int lineStart = offset;
        while (lineStart < end) {
            int lineEnd = lineEnd(bytes, lineStart, end);
            if (lineEnd == lineStart) return null; // empty line: end of the header section
            if (matchesName(bytes, lineStart, lineEnd, lowerName)) {
                StringBuilder value = new StringBuilder(text(bytes, lineStart + lowerName.length() + 1, lineEnd));
                int next = skipEol(bytes, lineEnd, end);
                while (next < end && (bytes[next] == ' ' || bytes[next] == '\t')) {
                    int contEnd = lineEnd(bytes, next, end);
                    value.append(text(bytes, next, contEnd));
                    next = skipEol(bytes, contEnd, end);
                }
                return value.toString();
            }
            lineStart = skipEol(bytes, lineEnd, end);
        }
        return null;
    }

    private static boolean matchesName(byte[] b, int start, int end, String lowerName) {
        int n = lowerName.length();
        if (end - start <= n || b[start + n] != ':') return false;
        for (int i = 0; i < n; i++) {
            if (Character.toLowerCase((char) (b[start + i] & 0xff)) != lowerName.charAt(i)) return false;
        }
        return true;
    }

    private static int lineEnd(byte[] b, int from, int end) {
        int i = from;
        while (i < end && b[i] != '\n' && b[i] != '\r') i++;
        return i;
    }

    private static int skipEol(byte[] b, int at, int end) {
        if (at < end && b[at] == '\r') at++;
        if (at < end && b[at] == '\n') at++;
        return at;
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }
}
