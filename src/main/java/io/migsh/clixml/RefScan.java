package io.migsh.clixml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the RefIds that &lt;Ref&gt; elements name by scanning the bytes for "&lt;Ref" tags, far faster than a
 * second XML parse. It is exact for UTF-8 (and ASCII): '&lt;' never appears unescaped in text or attribute
 * values, so every "&lt;Ref" is a tag. Other encodings go through the StAX reader instead.
 */
final class RefScan {
    /** "&lt;Ref" and the space or '/' that ends the name: the bytes that must be in view to recognise a tag. */
    private static final int TAG_START = 5;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;

    private RefScan(InputStream in) {
        this.in = in;
    }

    /** Null when the bytes are not UTF-8 (UTF-16 with or without a mark), after resetting the stream. */
    static Set<String> scanUtf8(BufferedInputStream in) {
        try {
            in.mark(4);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0xFF || b0 == 0xFE || b0 == 0 || b1 == 0) return null;
            return new RefScan(in).scan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> scan() throws IOException {
        Set<String> ids = new HashSet<>();
        while (ensure(TAG_START)) scanInView(ids);
        return ids;
    }

    /**
     * Scans the bytes in view, leaving pos where the next read must go on. One call per read keeps the hot loop in
     * a method the JIT compiles normally: a single loop over the whole file would run as on-stack-replaced code,
     * which the end of each file throws away, so that every later import began its scan interpreted.
     */
    private void scanInView(Set<String> ids) throws IOException {
        while (end - pos >= TAG_START) {
            // 'R' is far rarer than '<' in CLIXML, so the search stops less often; the '<' before it is checked
            int r = indexOf(buf, (byte) 'R', pos + 1, end - TAG_START + 2);
            if (r < 0) {
                pos = end - TAG_START + 1; // the tail may start a tag that the next read completes
                return;
            }
            if (buf[r - 1] == '<' && buf[r + 1] == 'e' && buf[r + 2] == 'f' && endsName(buf[r + 3])) {
                pos = r + 3;
                String id = refId(tagText());
                if (id != null) ids.add(id);
            } else {
                pos = r;
            }
        }
    }

    /**
     * The first b in buf[from..until), or -1. An exclusive bound makes this a counted loop, which the JIT compiles
     * several times faster than an {@code i <= to} loop (that one could overflow).
     */
    private static int indexOf(byte[] buf, byte b, int from, int until) {
        for (int i = from; i < until; i++) {
            if (buf[i] == b) return i;
        }
        return -1;
    }

    private static boolean endsName(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/';
    }

    /** The bytes of a tag from just after its name to its '&gt;' (quoted '&gt;' included), or "" at the end of input. */
    private StringBuilder tagText() throws IOException {
        StringBuilder tag = new StringBuilder();
        char quote = 0;
        while (ensure(1)) {
            char c = (char) (buf[pos++] & 0xFF);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return tag;
            }
            tag.append(c);
        }
        return new StringBuilder(); // a tag cut off by the end of input names nothing
    }

    /** True when at least n bytes are in view from pos, reading more (and moving the rest to the front) if needed. */
    private boolean ensure(int n) throws IOException {
        if (end - pos >= n) return true;
        if (eof) return false;
        System.arraycopy(buf, pos, buf, 0, end - pos);
        end -= pos;
        pos = 0;
        while (end < n) {
            int read = in.read(buf, end, buf.length - end);
            if (read < 0) {
                eof = true;
                return false;
            }
            end += read;
        }
        return true;
    }

    /** The value of the RefId attribute in the text of a tag, or null. */
    private static String refId(StringBuilder tag) {
        int at = tag.indexOf("RefId");
        while (at >= 0) {
            char before = at == 0 ? ' ' : tag.charAt(at - 1);
            int i = at + 5;
            while (i < tag.length() && Character.isWhitespace(tag.charAt(i))) i++;
            if (Character.isWhitespace(before) && i < tag.length() && tag.charAt(i) == '=') {
                i++;
                while (i < tag.length() && Character.isWhitespace(tag.charAt(i))) i++;
                if (i < tag.length() && (tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
                    char q = tag.charAt(i);
                    int end = tag.indexOf(String.valueOf(q), i + 1);
                    if (end > 0) return tag.substring(i + 1, end);
                }
            }
            at = tag.indexOf("RefId", at + 5);
        }
        return null;
    }
}
