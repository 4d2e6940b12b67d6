package io.migsh.cmdlets.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IMAP's wire format (RFC 3501 sections 4.3 and 7.5) one piece at a time: a line up to its CRLF, and after a
 * line that announces a literal ({n}, or {n+} from a client with LITERAL+), the literal's n bytes, which may hold
 * anything, lines that look like commands or tagged answers included. Reading by these pieces is what lets {@link
 * FrontConnection} tell a tagged answer from a message body that happens to contain one.
 */
final class ImapWireReader {
    /** A longer line (no IMAP peer sends one) is handed on in pieces instead of held whole. */
    static final int MAX_LINE = 64 * 1024;
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d{1,18})\\+?}\r\n$");

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    ImapWireReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next line with its CRLF, as ISO-8859-1 text (one char per byte, so writing it back gives the same bytes);
     * what is left when the stream ends without a CRLF; null at the end of the stream.
     */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder(128);
        while (line.length() < MAX_LINE) {
            if (position == limit && !fill()) return line.length() == 0 ? null : line.toString();
            int c = buffer[position++] & 0xff;
            line.append((char) c);
            if (c == '\n' && line.length() > 1 && line.charAt(line.length() - 2) == '\r') break;
        }
        return line.toString();
    }

    /** The size of the literal a line announces at its end, or -1 when it announces none. */
    static long literalSize(String line) {
        Matcher m = LITERAL.matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Reads a literal's n bytes whole (the caller keeps n small). */
    byte[] read(int n) throws IOException {
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            if (position == limit && !fill()) throw new IOException("The stream ended inside a literal.");
            int take = Math.min(n - done, limit - position);
            System.arraycopy(buffer, position, out, done, take);
            position += take;
            done += take;
        }
        return out;
    }

    /** Copies a literal's n bytes on to {@code out} as they come, without holding them. */
    void copy(long n, OutputStream out) throws IOException {
        long left = n;
        while (left > 0) {
            if (position == limit && !fill()) throw new IOException("The stream ended inside a literal.");
            int take = (int) Math.min(left, limit - position);
            out.write(buffer, position, take);
            position += take;
            left -= take;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) return false;
        position = 0;
        limit = n;
        return true;
    }

    static byte[] bytes(String wireText) {
        return wireText.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String text(byte[] wireBytes) {
        return new String(wireBytes, StandardCharsets.ISO_8859_1);
    }
}
