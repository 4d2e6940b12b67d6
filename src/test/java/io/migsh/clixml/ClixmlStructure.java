package io.migsh.clixml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The structure PowerShell's serializer writes and its deserializer accepts (serialization.cs, MS-PSRP 2.2.5):
 * checked element by element, so that a test can say which rule a document breaks and where.
 */
public final class ClixmlStructure {
    private static final Set<String> CONTAINERS = Set.of("LST", "IE", "STK", "QUE", "DCT");
    private final List<String> problems = new ArrayList<>();
    private final Set<String> objIds = new HashSet<>();
    private final Set<String> tnIds = new HashSet<>();
    private int nextObj;
    private int nextTn;
    private XMLStreamReader r;

    /** Every rule the text breaks, with its line; empty when it is well-formed CLIXML. */
    public static List<String> check(String text) {
        ClixmlStructure s = new ClixmlStructure();
        try {
            s.document(text);
        } catch (XMLStreamException e) {
            s.problems.add("not well-formed XML: " + e.getMessage());
        }
        return s.problems;
    }

    private void document(String text) throws XMLStreamException {
        if (text.startsWith("<?xml")) problem("an XML declaration (PowerShell omits it)");
        r = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(text));
        r.nextTag();
        if (!r.getLocalName().equals("Objs")) problem("the root is not Objs");
        if (!ClixmlWriter.NAMESPACE.equals(r.getNamespaceURI())) problem("the root's namespace is not PowerShell's");
        if (!"1.1.0.1".equals(r.getAttributeValue(null, "Version"))) problem("Version is not 1.1.0.1");
        while (child()) value(false);
    }

    /** Moves to the next child element; false at the parent's end. Text between elements must be blank. */
    private boolean child() throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) return true;
            if (ev == XMLStreamConstants.END_ELEMENT) return false;
            if (ev == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) problem("text between elements");
        }
    }

    private void value(boolean named) throws XMLStreamException {
        String tag = r.getLocalName();
        String n = r.getAttributeValue(null, "N");
        if (named && n == null) problem(tag + " without the N attribute of a property");
        if (!named && n != null) problem(tag + " with an N attribute in a list");
        switch (tag) {
            case "Nil" -> end();
            case "Ref" -> {
                String id = r.getAttributeValue(null, "RefId");
                if (!objIds.contains(id)) problem("Ref to RefId " + id + ", which no earlier Obj has");
                end();
            }
            case "Obj" -> obj();
            case "SS" -> r.getElementText();
            default -> {
                KnownType k = KnownType.byTag(tag);
                if (k == null) {
                    problem("unknown element " + tag);
                    skip();
                    return;
                }
                String text = r.getElementText();
                try {
                    k.parse(text);
                } catch (RuntimeException e) {
                    problem(tag + " holds '" + text + "', not a valid " + k.dotNetName());
                }
            }
        }
    }

    /** TN|TNRef, ToString, one base value or container, Props, MS: each at most once and in this order. */
    private void obj() throws XMLStreamException {
        String id = r.getAttributeValue(null, "RefId");
        if (!String.valueOf(nextObj).equals(id)) problem("Obj RefId " + id + " where " + nextObj + " comes next");
        nextObj++;
        objIds.add(id);
        int stage = 0;
        while (child()) {
            String tag = r.getLocalName();
            int s = switch (tag) {
                case "TN", "TNRef" -> 1;
                case "ToString" -> 2;
                case "Props" -> 4;
                case "MS" -> 5;
                default -> 3;
            };
            if (s <= stage) problem(tag + " out of order (or twice) in an Obj");
            stage = s;
            switch (tag) {
                case "TN" -> typeNames();
                case "TNRef" -> {
                    String t = r.getAttributeValue(null, "RefId");
                    if (!tnIds.contains(t)) problem("TNRef to " + t + ", which no earlier TN has");
                    end();
                }
                case "ToString" -> r.getElementText();
                case "Props", "MS" -> members(tag.equals("MS"));
                default -> {
                    if (CONTAINERS.contains(tag)) {
                        container(tag);
                    } else {
                        value(false);
                    }
                }
            }
        }
    }

    private void typeNames() throws XMLStreamException {
        String id = r.getAttributeValue(null, "RefId");
        if (!String.valueOf(nextTn).equals(id)) problem("TN RefId " + id + " where " + nextTn + " comes next");
        nextTn++;
        tnIds.add(id);
        int count = 0;
        while (child()) {
            if (!r.getLocalName().equals("T")) problem(r.getLocalName() + " inside TN");
            if (r.getElementText().isEmpty()) problem("an empty T");
            count++;
        }
        if (count == 0) problem("a TN without type names");
    }

    private void members(boolean memberSet) throws XMLStreamException {
        while (child()) {
            if (memberSet && r.getLocalName().equals("MS")) {
                members(true);
            } else {
                value(true);
            }
        }
    }

    private void container(String tag) throws XMLStreamException {
        while (child()) {
            if (!tag.equals("DCT")) {
                value(false);
                continue;
            }
            if (!r.getLocalName().equals("En")) problem(r.getLocalName() + " inside DCT");
            List<String> names = new ArrayList<>();
            while (child()) {
                names.add(r.getAttributeValue(null, "N"));
                if ("Key".equals(r.getAttributeValue(null, "N")) && r.getLocalName().equals("Nil")) problem("a null key");
                value(true);
            }
            if (!names.equals(List.of("Key", "Value"))) problem("an En with " + names + " instead of Key, Value");
        }
    }

    private void end() throws XMLStreamException {
        if (child()) {
            problem(r.getLocalName() + " inside an element that must be empty");
            skip();
        }
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private void problem(String what) {
        problems.add("line " + (r == null ? 0 : r.getLocation().getLineNumber()) + ": " + what);
    }
}
