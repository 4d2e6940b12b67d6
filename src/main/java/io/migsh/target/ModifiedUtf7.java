package io.migsh.target;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * IMAP's modified UTF-7 for mailbox names (RFC 3501 section 5.1.3), also the encoding of Dovecot's Maildir++ folder
 * directory names.
 */
public final class ModifiedUtf7 {
    private ModifiedUtf7() {
    }

    /** Encodes a Unicode mailbox name: printable US-ASCII stays, '&' becomes "&-", the rest is "&" base64 "-". */
    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '&') {
                out.append("&-");
                i++;
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
                i++;
            } else {
                int start = i;
                while (i < name.length() && (name.charAt(i) < 0x20 || name.charAt(i) > 0x7e)) {
                    i++;
                }
                byte[] utf16 = name.substring(start, i).getBytes(StandardCharsets.UTF_16BE);
                // Modified base64: ',' instead of '/', no padding (RFC 3501 5.1.3).
                String b64 = Base64.getEncoder().withoutPadding().encodeToString(utf16).replace('/', ',');
                out.append('&').append(b64).append('-');
            }
        }
        return out.toString();
    }

    /** Decodes a modified UTF-7 name; a malformed shift sequence is kept as it is, as Dovecot shows it. */
    public static String decode(String name) {
        if (name.indexOf('&') < 0) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int end = name.indexOf('-', i + 1);
            if (end < 0) {
                out.append(name, i, name.length());
                break;
            }
            if (end == i + 1) {
                out.append('&');
            } else {
                String b64 = name.substring(i + 1, end).replace(',', '/');
                try {
                    byte[] utf16 = Base64.getDecoder().decode(b64);
                    out.append(new String(utf16, StandardCharsets.UTF_16BE));
                } catch (IllegalArgumentException malformed) {
                    out.append(name, i, end + 1);
                }
            }
            i = end + 1;
        }
        return out.toString();
    }
}
