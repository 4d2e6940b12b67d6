package io.migsh.clixml;

import com.ctc.wstx.api.WstxOutputProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.codehaus.stax2.XMLOutputFactory2;
import org.codehaus.stax2.io.EscapingWriterFactory;

/**
 * The StAX (Woodstox) writer laid out as .NET's XmlWriter with Indent = true lays CLIXML out: two spaces per level,
 * one element per line, {@code <Nil />} with a space, {@code <S></S>} for an empty string, and {@code >} escaped in
 * text and attributes as .NET escapes it.
 */
final class XmlOut implements AutoCloseable {
    private static final XMLOutputFactory2 FACTORY = factory();

    private final XMLStreamWriter2 writer;
    private final String newline;
    private int level;
    private boolean hasChildren;
    private long[] childBits = new long[2];
    private String[] indents = new String[16];

    XmlOut(Writer out, String newline) {
        this.newline = newline;
        try {
            this.writer = (XMLStreamWriter2) FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XMLOutputFactory2 factory() {
        // Woodstox itself, whatever other StAX implementation the class path offers
        XMLOutputFactory2 f = new com.ctc.wstx.stax.WstxOutputFactory();
        f.setProperty(XMLOutputFactory2.P_AUTOMATIC_EMPTY_ELEMENTS, true);
        f.setProperty(WstxOutputProperties.P_ADD_SPACE_AFTER_EMPTY_ELEM, true);
        f.setProperty(XMLOutputFactory2.P_TEXT_ESCAPER, new DotNetEscaping(false));
        f.setProperty(XMLOutputFactory2.P_ATTR_VALUE_ESCAPER, new DotNetEscaping(true));
        return f;
    }

    /** Starts an element on its own line, one level deeper than its parent. */
    void start(String tag) {
        try {
            if (level > 0) {
                setChildBit(level - 1);
                writer.writeRaw(indent(level)); // line break and spaces: nothing to escape
            }
            writer.writeStartElement(tag);
            clearChildBit(level);
            level++;
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    void attribute(String name, String value) {
        try {
            writer.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    void defaultNamespace(String uri) {
        try {
            writer.writeDefaultNamespace(uri);
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    /** Text content on the element's line (CLIXML text never contains a raw line break after encoding). */
    void text(String value) {
        try {
            // most values hold nothing to escape: written as they are, they skip the escaping writer
            if (plain(value)) {
                writer.writeRaw(value);
            } else {
                writer.writeCharacters(value);
            }
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    /** Ends the element: on its own line after child elements, else right after its text (or as {@code <X />}). */
    void end() {
        try {
            level--;
            if (childBit(level)) writer.writeRaw(indent(level));
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    /** {@code <tag N="name">text</tag>} on one line; the name is omitted when null. */
    void leaf(String tag, String name, String text) {
        start(tag);
        if (name != null) attribute("N", name);
        text(text);
        end();
    }

    /**
     * {@code <tag>text</tag>} as XmlWriter.WriteElementString writes it, which (unlike WriteString) leaves an empty
     * value as {@code <tag />}: PowerShell writes ToString and T this way.
     */
    void elementString(String tag, String text) {
        start(tag);
        if (!text.isEmpty()) text(text);
        end();
    }

    void flush() {
        try {
            writer.flush();
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    /** True when text needs no escaping in element content. */
    private static boolean plain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>') return false;
        }
        return true;
    }

    private String indent(int lvl) {
        if (lvl >= indents.length) indents = java.util.Arrays.copyOf(indents, Math.max(lvl + 1, indents.length * 2));
        String s = indents[lvl];
        if (s == null) {
            s = newline + "  ".repeat(lvl);
            indents[lvl] = s;
        }
        return s;
    }

    private void setChildBit(int lvl) {
        ensure(lvl);
        childBits[lvl >> 6] |= 1L << (lvl & 63);
    }

    private void clearChildBit(int lvl) {
        ensure(lvl);
        childBits[lvl >> 6] &= ~(1L << (lvl & 63));
    }

    private boolean childBit(int lvl) {
        return (childBits[lvl >> 6] & (1L << (lvl & 63))) != 0;
    }

    private void ensure(int lvl) {
        if ((lvl >> 6) >= childBits.length) childBits = java.util.Arrays.copyOf(childBits, childBits.length * 2);
    }

    /** An I/O failure while writing, unchecked so that the serializer's recursion stays readable. */
    static final class XmlWriteException extends RuntimeException {
        XmlWriteException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** .NET XmlWriter escaping: {@code & < >} in text, and also {@code "} in attribute values. */
    private record DotNetEscaping(boolean attribute) implements EscapingWriterFactory {
        @Override
        public Writer createEscapingWriterFor(Writer w, String enc) {
            return new Writer() {
                @Override
                public void write(char[] buf, int off, int len) throws IOException {
                    int start = off;
                    int end = off + len;
                    for (int i = off; i < end; i++) {
                        String rep = switch (buf[i]) {
                            case '&' -> "&amp;";
                            case '<' -> "&lt;";
                            case '>' -> "&gt;";
                            case '"' -> attribute ? "&quot;" : null;
                            default -> null;
                        };
                        if (rep != null) {
                            w.write(buf, start, i - start);
                            w.write(rep);
                            start = i + 1;
                        }
                    }
                    w.write(buf, start, end - start);
                }

                @Override
                public void write(String s, int off, int len) throws IOException {
                    int start = off;
                    int end = off + len;
                    for (int i = off; i < end; i++) {
                        char c = s.charAt(i);
                        String rep = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;"
                                : c == '"' && attribute ? "&quot;" : null;
                        if (rep != null) {
                            w.write(s, start, i - start);
                            w.write(rep);
                            start = i + 1;
                        }
                    }
                    w.write(s, start, end - start);
                }

                @Override
                public void flush() throws IOException {
                    w.flush();
                }

                @Override
                public void close() throws IOException {
                    w.flush();
                }
            };
        }

        @Override
        public Writer createEscapingWriterFor(OutputStream out, String enc) {
            throw new UnsupportedOperationException("CLIXML is written through a character writer");
        }
    }
}
