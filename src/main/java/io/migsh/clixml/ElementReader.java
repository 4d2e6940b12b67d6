package io.migsh.clixml;

import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import io.migsh.runtime.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one CLIXML element into its value (serialization.cs ReadOneObject / ReadPSObject), with the RefIds and
 * type-name lists seen so far in the document.
 */
final class ElementReader {
    static final String DESERIALIZED = "Deserialized.";
    private static final int MAX_DEPTH_BELOW_TOP = 50;

    private final XMLStreamReader r;
    private final SecureStringCipher cipher;
    private final Set<String> keptRefIds;
    /** False when no &lt;Ref&gt; names anything, so that an Obj's RefId need not even be read. */
    private final boolean remembersAny;
    private final Map<String, Object> objects = new HashMap<>();
    private final Map<String, List<String>> typeNameLists = new HashMap<>();
    private final RepeatedText repeated = new RepeatedText();
    boolean unknownTagsAllowed;
    private int below;

    ElementReader(XMLStreamReader r, SecureStringCipher cipher, Set<String> keptRefIds) {
        this.r = r;
        this.cipher = cipher;
        this.keptRefIds = keptRefIds;
        this.remembersAny = keptRefIds == null || !keptRefIds.isEmpty();
    }

    /** Moves to the next child element (true) or to the end of the current one (false), skipping whitespace. */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT:
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                    return false;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                    if (!r.isWhiteSpace()) {
                        throw error("Text '" + shorten(r.getText().trim()) + "' is not expected here.");
                    }
                    break;
                case XMLStreamConstants.END_DOCUMENT:
                    throw error("Unexpected end of file.");
                default:
                    break; // comments, processing instructions
            }
        }
    }

    Object readOne() throws XMLStreamException {
        if (++below == MAX_DEPTH_BELOW_TOP) throw error("Serialized XML is nested too deeply.");
        try {
            String tag = r.getLocalName();
            switch (tag) {
                case "Nil":
                    skipElement();
                    return null;
                case "Ref":
                    return readRef();
                case "Obj":
                    return readObj();
                case "SS":
                    return readSecureString();
                case "PR":
                    return ProgressRecordReader.read(this);
                default:
                    KnownType k = KnownType.byTag(tag);
                    if (k == null) throw error(tag + " XML tag is not recognized.");
                    return readPrimitive(k);
            }
        } finally {
            below--;
        }
    }

    private Object readPrimitive(KnownType k) throws XMLStreamException {
        String text = elementText();
        try {
            Object value = k.parse(text);
            return value instanceof String s ? repeated.of(s) : value;
        } catch (ArithmeticException | PsException | IllegalArgumentException e) {
            // the position is the value's end tag: asking for the start of every value would cost an object each
            throw error("The contents of the " + k.dotNetName() + " primitive type are not valid.");
        }
    }

    private Object readRef() throws XMLStreamException {
        String id = r.getAttributeValue(null, "RefId");
        if (id == null) throw error("RefId attribute was expected.");
        if (!objects.containsKey(id)) throw error("No object found for referenceId " + id);
        skipElement();
        return objects.get(id);
    }

    private Object readSecureString() throws XMLStreamException {
        String text = elementText().trim();
        SecureString s = cipher == null ? null : cipher.decrypt(text);
        return s != null ? s : new ProtectedSecureString(text);
    }

    /** An &lt;Obj&gt;: its parts in any order, then the value they make (serialization.cs ReadPSObject). */
    private Object readObj() throws XMLStreamException {
        String refId = remembersAny ? r.getAttributeValue(null, "RefId") : null;
        PsObject holder = new PsObject();
        remember(refId, holder);
        Object base = null;
        boolean hasBase = false;
        boolean hasMembers = false;
        while (nextChild()) {
            String tag = r.getLocalName();
            switch (tag) {
                case "TN", "TNRef" -> holder.addTypeNames(readTypeNames());
                case "ToString" -> holder.withToString(repeated.of(ClixmlEscaping.decode(elementText())));
                case "Props" -> {
                    readMembers(holder, false);
                    hasMembers = true;
                }
                case "MS" -> {
                    readMembers(holder, true);
                    hasMembers = true;
                }
                case "LST", "IE", "STK", "QUE" -> {
                    base = readList(tag, holder.sharedTypeNames(), refId);
                    hasBase = true;
                }
                case "DCT" -> {
                    base = readDictionary(holder.sharedTypeNames(), refId);
                    hasBase = true;
                }
                default -> {
                    if (tag.equals("Obj") || tag.equals("Ref") || tag.equals("Nil") || tag.equals("SS")
                            || KnownType.byTag(tag) != null) {
                        base = readOne();
                        hasBase = true;
                    } else if (unknownTagsAllowed) {
                        skipElement();
                    } else {
                        throw error(tag + " XML tag is not recognized.");
                    }
                }
            }
        }
        Object result = build(holder, base, hasBase, hasMembers);
        remember(refId, result);
        return result;
    }

    private Object build(PsObject holder, Object base, boolean hasBase, boolean hasMembers) {
        if (base instanceof DeserializedList || base instanceof PsHashtable) return base;
        if (hasBase && base != null && !(base instanceof PsObject)) {
            if (holder.sharedTypeNames().isEmpty() && holder.toStringValue() == null && !hasMembers) return base;
            // without a TN the object has its value's own type names, as a live PSObject around it would
            if (holder.sharedTypeNames().isEmpty()) holder.addTypeNames(TypeNames.of(base));
            return holder.withBaseValue(base);
        }
        if (hasBase && base instanceof PsObject inner && holder.properties().isEmpty()) {
            if (holder.sharedTypeNames().isEmpty()) return inner;
        }
        return rehydrate(holder);
    }

    /** Types PowerShell turns back into live objects (types.ps1xml TargetTypeForDeserialization). */
    private static Object rehydrate(PsObject o) {
        if (o.typeName().equals(DESERIALIZED + "System.Management.Automation.PSCredential")
                && o.get("UserName") instanceof String user && o.get("Password") instanceof SecureString pw) {
            return new PsCredential(user, pw);
        }
        return o;
    }

    private List<String> readTypeNames() throws XMLStreamException {
        String refId = r.getAttributeValue(null, "RefId");
        if (r.getLocalName().equals("TNRef")) {
            if (refId == null) throw error("RefId attribute was expected.");
            List<String> names = typeNameLists.get(refId);
            if (names == null) {
                throw error("Cannot process names because no TypeNames were found for referenceId " + refId + ".");
            }
            skipElement();
            return names;
        }
        List<String> names = new ArrayList<>();
        while (nextChild()) {
            if (!r.getLocalName().equals("T")) throw error(r.getLocalName() + " XML tag is not recognized.");
            String t = ClixmlEscaping.decode(elementText());
            if (t.isEmpty()) continue;
            names.add(t.regionMatches(true, 0, DESERIALIZED, 0, DESERIALIZED.length()) ? t : DESERIALIZED + t);
        }
        List<String> fixed = List.copyOf(names);
        if (refId != null) typeNameLists.put(refId, fixed);
        return fixed;
    }

    /** Props (adapted properties) or MS (notes); a named &lt;MS N=".."&gt; inside is a note holding its members. */
    private void readMembers(PsObject target, boolean notes) throws XMLStreamException {
        while (nextChild()) {
            String name = r.getAttributeValue(null, "N");
            if (notes && r.getLocalName().equals("MS")) {
                PsObject set = new PsObject();
                readMembers(set, true);
                target.addNote(name == null ? "" : ClixmlEscaping.decode(name), set);
                continue;
            }
            if (name == null) throw error("N attribute was expected.");
            Object value = readOne();
            String decoded = repeated.of(ClixmlEscaping.decode(name));
            if (notes) {
                target.addNote(decoded, value);
            } else {
                target.add(decoded, value);
            }
        }
    }

    private DeserializedList readList(String tag, List<String> typeNames, String refId) throws XMLStreamException {
        DeserializedList list = new DeserializedList(typeNames.isEmpty()
                ? List.of(DESERIALIZED + "System.Collections.ArrayList", DESERIALIZED + "System.Object") : typeNames,
                tag);
        remember(refId, list);
        while (nextChild()) list.add(readOne());
        return list;
    }

    /** DCT: each En holds a Key and a Value (by their N, in either order); keys compare case-insensitively. */
    private PsHashtable readDictionary(List<String> typeNames, String refId) throws XMLStreamException {
        boolean ordered = !typeNames.isEmpty()
                && typeNames.get(0).toLowerCase(Locale.ROOT)
                        .endsWith("system.collections.specialized.ordereddictionary");
        PsHashtable table = new PsHashtable(ordered);
        remember(refId, table);
        while (nextChild()) {
            if (!r.getLocalName().equals("En")) throw error(r.getLocalName() + " XML tag is not recognized.");
            Object key = null;
            Object value = null;
            boolean haveKey = false;
            boolean haveValue = false;
            while (nextChild()) {
                String n = r.getAttributeValue(null, "N");
                if ("Key".equalsIgnoreCase(n)) {
                    key = readOne();
                    haveKey = true;
                } else if ("Value".equalsIgnoreCase(n)) {
                    value = readOne();
                    haveValue = true;
                } else {
                    throw error(haveKey ? "Name attribute for dictionary value is incorrectly specified."
                            : "Name attribute for dictionary key is incorrectly specified.");
                }
            }
            if (!haveKey) throw error("Key for dictionary entry is not specified.");
            if (!haveValue) throw error("Value for dictionary entry is not specified.");
            if (key == null) throw error("Null is specified as dictionary key.");
            table.put(key, value);
        }
        return table;
    }

    private void remember(String refId, Object o) {
        if (refId != null && (keptRefIds == null || keptRefIds.contains(refId))) objects.put(refId, o);
    }

    /** The text of a leaf element; child elements inside one are an error. */
    String elementText() throws XMLStreamException {
        return r.getElementText();
    }

    XMLStreamReader stream() {
        return r;
    }

    void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            else if (ev == XMLStreamConstants.END_DOCUMENT) throw error("Unexpected end of file.");
        }
    }

    ClixmlException error(String message) {
        return error(message, r.getLocation());
    }

    static ClixmlException error(String message, Location at) {
        // at the end of input the parser may stand before the first column of a new line
        return at == null ? new ClixmlException(message, 0, 0)
                : new ClixmlException(message, at.getLineNumber(), Math.max(1, at.getColumnNumber()));
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
