package io.migsh.clixml;

/**
 * CLIXML's string escaping (serialization.cs EncodeString / XmlConvert.DecodeName): characters XML 1.0 cannot carry
 * and the escape character itself become {@code _xHHHH_} before ordinary XML escaping.
 */
public final class ClixmlEscaping {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ClixmlEscaping() {}

    /**
     * Encodes control characters (U+0000-U+001F, U+007F-U+009F), each surrogate half, and an underscore followed by
     * x or X, exactly as PowerShell's serializer does.
     */
    public static String encode(String s) {
        int n = s.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (needsEncoding(s, i)) {
                first = i;
                break;
            }
        }
        if (first < 0) return s;
        StringBuilder out = new StringBuilder(n + 16);
        out.append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (!needsEncoding(s, i)) {
                out.append(c);
            } else {
                out.append('_').append('x').append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]).append('_');
            }
        }
        return out.toString();
    }

    private static boolean needsEncoding(String s, int i) {
        char c = s.charAt(i);
        if (c <= 0x1F || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF)) return true;
        return c == '_' && i + 1 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X');
    }

    /**
     * Decodes {@code _xHHHH_} and {@code _xHHHHHHHH_} (XmlConvert.DecodeName); a {@code _x} not followed by a valid
     * pattern stays as it is.
     */
    public static String decode(String s) {
        int at = s.indexOf('_');
        while (at >= 0 && at + 1 < s.length() && s.charAt(at + 1) != 'x' && s.charAt(at + 1) != 'X') {
            at = s.indexOf('_', at + 1);
        }
        if (at < 0 || at + 1 >= s.length()) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '_' && i + 6 < n && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                if (i + 10 < n && s.charAt(i + 10) == '_' && isHex(s, i + 2, 8)) {
                    out.appendCodePoint((int) Long.parseLong(s.substring(i + 2, i + 10), 16));
                    i += 11;
                    continue;
                }
                if (s.charAt(i + 6) == '_' && isHex(s, i + 2, 4)) {
                    out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 7;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) return false;
        }
        if (count == 8) {
            long v = Long.parseLong(s.substring(from, from + count), 16);
            return v <= Character.MAX_CODE_POINT;
        }
        return true;
    }
}
