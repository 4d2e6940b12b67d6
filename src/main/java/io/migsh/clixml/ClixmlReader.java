package io.migsh.clixml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CLIXML as PowerShell's deserializer (serialization.cs InternalDeserializer) does, one top-level object at
 * a time from a StAX (Woodstox) stream: primitives come back as plain values, objects as PsObjects whose type
 * names carry the "Deserialized." prefix, Props as properties and MS as notes, containers as lists and
 * hashtables, Refs as the very object they name. Elements may come in any order; BOM, UTF-16 and CRLF are fine.
 */
public final class ClixmlReader implements AutoCloseable {
    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader r;
    private final ElementReader elements;
    private boolean started;
    private boolean atNext;
    private boolean done;

    /**
     * @param cipher     decrypts &lt;SS&gt; written by this data directory; null keeps every secure string opaque
     * @param keptRefIds the RefIds some &lt;Ref&gt; names (see {@link #referencedIds}), so that other objects need not
     *                   be remembered; null remembers all
     */
    public ClixmlReader(InputStream in, SecureStringCipher cipher, Set<String> keptRefIds) {
        this.r = open(in);
        this.elements = new ElementReader(r, cipher, keptRefIds);
    }

    /**
     * A StAX reader over the bytes. Woodstox reads byte-order marks and UTF-8; UTF-16 written without a mark
     * (which .NET's XmlReader also accepts) is recognised by its zero bytes around the first '&lt;'.
     */
    private static XMLStreamReader open(InputStream raw) {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw);
        try {
            in.mark(3);
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
                // the UTF-8 mark read here, so that a file holding nothing else is "Root element is missing"
                return FACTORY.createXMLStreamReader(in, "UTF-8");
            }
            in.reset();
            if (b0 > 0 && b1 == 0) {
                return FACTORY.createXMLStreamReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_16LE));
            }
            if (b0 == 0 && b1 > 0) {
                return FACTORY.createXMLStreamReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_16BE));
            }
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory(); // Woodstox: BOM and UTF-16 detection, locations
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false); // getElementText joins the pieces of a value
        // CLIXML uses one default namespace and unprefixed names; reading names as they are is faster
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        // reads of 64K rather than Woodstox's 4000 characters: far fewer refills (and available() calls on the
        // stream below) on a large file; the 192 KB of buffers are made once per thread, Woodstox reuses them
        f.setProperty(com.ctc.wstx.api.WstxInputProperties.P_INPUT_BUFFER_LENGTH, 1 << 16);
        return f;
    }

    /** Every object of a CLIXML text (ConvertFrom-CliXml, PSSerializer.Deserialize). */
    public static List<Object> deserialize(String text, SecureStringCipher cipher) {
        List<Object> out = new ArrayList<>();
        try (ClixmlReader reader = new ClixmlReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), cipher, null)) {
            while (reader.hasNext()) out.add(reader.next());
        }
        return out;
    }

    /** A quick pass over a document collecting the RefIds that &lt;Ref&gt; elements name. */
    public static Set<String> referencedIds(InputStream raw) {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
        Set<String> fast = RefScan.scanUtf8(in);
        if (fast != null) return fast;
        Set<String> ids = new java.util.HashSet<>();
        try {
            XMLStreamReader scan = open(in);
            try {
                while (scan.hasNext()) {
                    if (scan.next() == XMLStreamConstants.START_ELEMENT && scan.getLocalName().equals("Ref")) {
                        String id = scan.getAttributeValue(null, "RefId");
                        if (id != null) ids.add(id);
                    }
                }
            } finally {
                scan.close();
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        return ids;
    }

    /** True when another top-level object follows. */
    public boolean hasNext() {
        if (done) return false;
        if (atNext) return true;
        try {
            if (!started) {
                readRoot();
                started = true;
                if (r.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    finish();
                    return false;
                }
                atNext = true;
                return true;
            }
            if (elements.nextChild()) {
                atNext = true;
                return true;
            }
            finish();
            return false;
        } catch (XMLStreamException e) {
            throw malformedHere(e);
        }
    }

    /** The next top-level object (null for &lt;Nil /&gt;). */
    public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        atNext = false;
        try {
            return elements.readOne();
        } catch (XMLStreamException e) {
            throw malformedHere(e);
        }
    }

    @Override
    public void close() {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // nothing was being written; the stream's owner closes it
        }
    }

    private void readRoot() throws XMLStreamException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog: declaration, comments, whitespace
        }
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("Objs")) {
            throw elements.error("Element 'Objs' with namespace name '" + ClixmlWriter.NAMESPACE + "' was not found.");
        }
        String version = r.getAttributeValue(null, "Version");
        if (version != null) validateVersion(version);
        elements.nextChild();
    }

    /** serialization.cs ValidateVersion: major 1; a higher minor version may carry elements we do not know. */
    private void validateVersion(String version) {
        if (!version.matches("\\d+\\.\\d+(\\.\\d+){0,2}")) throw elements.error("Version of PSObject is not valid.");
        String[] parts = version.split("\\.");
        if (!parts[0].equals("1")) {
            throw elements.error("Version of incoming PSObject is " + parts[0] + ". Expected value is 1.");
        }
        elements.unknownTagsAllowed = Integer.parseInt(parts[1]) > 1;
    }

    private void finish() throws XMLStreamException {
        done = true;
        while (r.hasNext()) r.next(); // reports a malformed or truncated tail
    }

    /**
     * A parser error at its place; errors the parser raises without one (bytes that are not valid in the
     * encoding) are placed where the reader stands.
     */
    private ClixmlException malformedHere(XMLStreamException e) {
        return ElementReader.error(reason(e), e.getLocation() != null ? e.getLocation() : r.getLocation());
    }

    private static ClixmlException malformed(XMLStreamException e) {
        return ElementReader.error(reason(e), e.getLocation());
    }

    /** The parser's message in words, with .NET's XmlException wording where the two differ only in words. */
    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? "The file is not well-formed XML." : e.getMessage();
        int cut = m.indexOf("\n at [");
        if (cut >= 0) m = m.substring(0, cut);
        m = m.replace('\n', ' ').trim();
        if (m.startsWith("Unexpected EOF in prolog")) return "Root element is missing.";
        if (m.startsWith("Invalid UTF-8") || m.startsWith("Unexpected EOF in the middle of a 4-byte UTF-32")
                || m.contains("Illegal character") && m.contains("UTF")) {
            return "Invalid character in the given encoding.";
        }
        if (!m.endsWith(".")) m = m + ".";
        return m;
    }
}
