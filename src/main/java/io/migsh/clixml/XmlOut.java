package io.migsh.clixml;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * CLIXML text laid out as .NET's XmlWriter with Indent = true lays it out: two spaces per level, one element per
 * line, {@code <Nil />} with a space, {@code <S></S>} for an empty string, and {@code >} escaped in text and
 * attributes as .NET escapes it. The layout is this fixed and this small, so the text is put together here in a
 * character buffer (CLIXML's _xHHHH_ encoding and XML escaping in the same pass) and handed to the target in
 * large pieces, rather than through a general XML writer with escaping writers layered on the output.
 */
final class XmlOut implements AutoCloseable {
    /** A BufferedWriter of 64K (Export-Clixml's) passes pieces this large straight through instead of copying. */
    private static final int MAX_BUFFER = 1 << 16;
    /** Strings up to this long are copied and scanned in one pass, with room reserved for all of them at once. */
    private static final int SHORT = 1024;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** ASCII characters that end the plain-text fast path: XML's specials and CLIXML's escape character. */
    private static final boolean[] SPECIAL = new boolean[0x80];

    static {
        for (int c = 0; c < 0x20; c++) SPECIAL[c] = true;
        for (char c : "&<>\"_\u007f".toCharArray()) SPECIAL[c] = true;
    }

    private final Writer target;
    private final int newlineLength;
    private char[] indent;
    private char[] buf = new char[4096];
    private char[] scratch = new char[64];
    private int pos;
    private String[] tags = new String[16];
    /** Per open element: whether it has child elements, so that its end tag goes on a line of its own. */
    private boolean[] hasChildren = new boolean[16];
    private int level;
    /** A start tag is written up to its attributes and not yet closed with '>' or ' />'. */
    private boolean open;

    XmlOut(Writer target, String newline) {
        this.target = target;
        this.newlineLength = newline.length();
        this.indent = (newline + " ".repeat(64)).toCharArray();
    }

    /** Starts an element on its own line, one level deeper than its parent. */
    void start(String tag) {
        int lvl = level;
        if (lvl == tags.length) {
            tags = Arrays.copyOf(tags, lvl * 2);
            hasChildren = Arrays.copyOf(hasChildren, lvl * 2);
        }
        int indentLength = lvl > 0 ? newlineLength + 2 * lvl : 0;
        int length = tag.length();
        reserve(indentLength + length + 2);
        char[] b = buf;
        int p = pos;
        if (open) b[p++] = '>';
        if (lvl > 0) {
            hasChildren[lvl - 1] = true;
            p = indent(b, p, indentLength);
        }
        b[p++] = '<';
        for (int i = 0; i < length; i++) b[p++] = tag.charAt(i);
        pos = p;
        hasChildren[lvl] = false;
        tags[lvl] = tag;
        level = lvl + 1;
        open = true;
    }

    /** An attribute whose value needs XML escaping only. */
    void attribute(String name, String value) {
        attributeStart(name);
        appendEscaped(value, true);
        append('"');
    }

    void attribute(String name, long value) {
        attributeStart(name);
        appendLong(value);
        append('"');
    }

    /** The N attribute: a member name, CLIXML-encoded (serialization.cs EncodeString) and XML-escaped. */
    void nameAttribute(String name) {
        int length = name.length();
        if (length > SHORT) {
            attributeStart("N");
            appendEncoded(name, 0, true);
            append('"');
            return;
        }
        reserve(length + 5);
        char[] b = buf;
        int p = pos;
        b[p++] = ' ';
        b[p++] = 'N';
        b[p++] = '=';
        b[p++] = '"';
        pos = p;
        int plain = copyPlain(name, length);
        if (plain < length) appendEncoded(name, plain, true);
        append('"');
    }

    void defaultNamespace(String uri) {
        attribute("xmlns", uri);
    }

    /** Text content on the element's line; already CLIXML-encoded, so only XML escaping is left to do. */
    void text(String value) {
        closeStartTag();
        appendEscaped(value, false);
    }

    /** Text content that CLIXML encodes (strings): control characters, surrogates and "_x" become _xHHHH_. */
    void encodedText(String value) {
        closeStartTag();
        int length = value.length();
        if (length > SHORT) {
            appendEncoded(value, 0, false);
            return;
        }
        reserve(length);
        int plain = copyPlain(value, length);
        if (plain < length) appendEncoded(value, plain, false);
    }

    /** Ends the element: on its own line after child elements, else right after its text (or as {@code <X />}). */
    void end() {
        int lvl = --level;
        if (open) {
            open = false;
            appendAscii(" />");
            return;
        }
        String tag = tags[lvl];
        int indentLength = hasChildren[lvl] ? newlineLength + 2 * lvl : 0;
        int length = tag.length();
        reserve(indentLength + length + 3);
        char[] b = buf;
        int p = indent(b, pos, indentLength);
        b[p++] = '<';
        b[p++] = '/';
        for (int i = 0; i < length; i++) b[p++] = tag.charAt(i);
        b[p++] = '>';
        pos = p;
    }

    /** {@code <tag N="name">text</tag>} on one line; the name (not yet encoded) is omitted when null. */
    void leaf(String tag, String name, String text) {
        start(tag);
        if (name != null) nameAttribute(name);
        text(text);
        end();
    }

    /** As {@link #leaf}, for a string CLIXML encodes. */
    void encodedLeaf(String tag, String name, String text) {
        start(tag);
        if (name != null) nameAttribute(name);
        encodedText(text);
        end();
    }

    /** As {@link #leaf}, for an integer (its digits need no escaping). */
    void leaf(String tag, String name, long value) {
        start(tag);
        if (name != null) nameAttribute(name);
        closeStartTag();
        appendLong(value);
        end();
    }

    /** As {@link #leaf}, for text made in {@link #scratch} that needs no escaping (digits, dates, GUIDs). */
    void leaf(String tag, String name, char[] text, int length) {
        start(tag);
        if (name != null) nameAttribute(name);
        closeStartTag();
        reserve(length);
        System.arraycopy(text, 0, buf, pos, length);
        pos += length;
        end();
    }

    /** A work array of at least the given size for a value's text, reused from one value to the next. */
    char[] scratch(int size) {
        if (scratch.length < size) scratch = new char[size];
        return scratch;
    }

    /**
     * {@code <tag>text</tag>} as XmlWriter.WriteElementString writes it, which (unlike WriteString) leaves an empty
     * value as {@code <tag />}: PowerShell writes ToString and T this way. The text is CLIXML-encoded here.
     */
    void elementString(String tag, String text) {
        start(tag);
        if (!text.isEmpty()) encodedText(text);
        end();
    }

    void flush() {
        try {
            drain();
            target.flush();
        } catch (IOException e) {
            throw new XmlWriteException(e);
        }
    }

    /**
     * Ends the elements still open (as a StAX writer does on close, should writing have stopped half-way) and writes
     * out what is buffered; the target stays open for its owner to close.
     */
    @Override
    public void close() {
        while (level > 0) end();
        flush();
    }

    private void attributeStart(String name) {
        ensure(name.length() + 3);
        buf[pos++] = ' ';
        appendAscii(name);
        buf[pos++] = '=';
        buf[pos++] = '"';
    }

    private void closeStartTag() {
        if (open) {
            open = false;
            append('>');
        }
    }

    /** The line break and spaces before an element at the given indent length (0: none), into b at p. */
    private int indent(char[] b, int p, int length) {
        if (length > indent.length) {
            char[] wider = Arrays.copyOf(indent, length * 2);
            Arrays.fill(wider, indent.length, wider.length, ' ');
            indent = wider;
        }
        System.arraycopy(indent, 0, b, p, length);
        return p + length;
    }

    /**
     * Copies the characters of s that need neither CLIXML encoding nor XML escaping, up to the first that does;
     * the room for all of s is reserved. Gives how many were copied.
     */
    private int copyPlain(String s, int length) {
        char[] b = buf;
        int p = pos;
        int i = 0;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? SPECIAL[c] : c <= 0x9F || (c >= 0xD800 && c <= 0xDFFF)) break;
            b[p++] = c;
        }
        pos = p;
        return i;
    }

    /** XML escaping of {@code & < >} (and {@code "} in attribute values), as .NET's XmlWriter escapes. */
    private void appendEscaped(String s, boolean attribute) {
        appendText(s, 0, attribute, false);
    }

    /** ClixmlEscaping.encode followed by XML escaping, in one pass, from s[from]. */
    private void appendEncoded(String s, int from, boolean attribute) {
        appendText(s, from, attribute, true);
    }

    /** Most strings hold nothing to encode or escape, and are copied as they are after one scan. */
    private void appendText(String s, int from, boolean attribute, boolean encode) {
        int n = s.length();
        int plain = from;
        while (plain < n) {
            char c = s.charAt(plain);
            if (c < 0x80 ? SPECIAL[c] : c <= 0x9F || (c >= 0xD800 && c <= 0xDFFF)) break;
            plain++;
        }
        appendChars(s, from, plain);
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            if (encode && (c <= 0x1F || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF)
                    || (c == '_' && i + 1 < n && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')))) {
                ensure(7);
                buf[pos++] = '_';
                buf[pos++] = 'x';
                buf[pos++] = HEX[(c >> 12) & 0xF];
                buf[pos++] = HEX[(c >> 8) & 0xF];
                buf[pos++] = HEX[(c >> 4) & 0xF];
                buf[pos++] = HEX[c & 0xF];
                buf[pos++] = '_';
            } else if (c == '&') {
                appendAscii("&amp;");
            } else if (c == '<') {
                appendAscii("&lt;");
            } else if (c == '>') {
                appendAscii("&gt;");
            } else if (c == '"' && attribute) {
                appendAscii("&quot;");
            } else {
                append(c);
            }
        }
    }

    private void appendLong(long v) {
        if (v == Long.MIN_VALUE) {
            appendAscii(Long.toString(v));
            return;
        }
        ensure(20);
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) digits++;
        int at = pos + digits;
        pos = at;
        do {
            buf[--at] = (char) ('0' + (int) (v % 10));
            v /= 10;
        } while (v != 0);
    }

    private void appendAscii(String s) {
        appendChars(s, 0, s.length());
    }

    private void appendChars(String s, int from, int to) {
        if (to - from <= 12 && pos + 12 <= buf.length) {
            // tags, names and numbers: String.getChars costs more than the few characters it copies
            for (int i = from; i < to; i++) buf[pos++] = s.charAt(i);
            return;
        }
        while (from < to) {
            if (pos == buf.length) ensure(1);
            int n = Math.min(to - from, buf.length - pos);
            s.getChars(from, from + n, buf, pos);
            pos += n;
            from += n;
        }
    }

    private void append(char c) {
        if (pos == buf.length) ensure(1);
        buf[pos++] = c;
    }

    private void reserve(int n) {
        if (pos + n > buf.length) ensure(n);
    }

    /** Room for n more characters: the buffer grows up to MAX_BUFFER, then goes to the target when full. */
    private void ensure(int n) {
        if (pos + n <= buf.length) return;
        if (buf.length < MAX_BUFFER) {
            buf = Arrays.copyOf(buf, Math.max(Math.min(buf.length * 2, MAX_BUFFER), pos + n));
            if (pos + n <= buf.length) return;
        }
        try {
            drain();
        } catch (IOException e) {
            throw new XmlWriteException(e);
        }
        if (n > buf.length) buf = new char[n];
    }

    private void drain() throws IOException {
        if (pos > 0) target.write(buf, 0, pos);
        pos = 0;
    }

    /** An I/O failure while writing, unchecked so that the serializer's recursion stays readable. */
    static final class XmlWriteException extends RuntimeException {
        XmlWriteException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
