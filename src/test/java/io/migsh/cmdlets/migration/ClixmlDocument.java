package io.migsh.cmdlets.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A CLIXML file read as plain XML, to look at what a script reading it would see: each object's type names (TN or
 * TNRef), its properties, and the element each property is written as.
 */
final class ClixmlDocument {
    private final Element root;
    private final Map<String, List<String>> typeNameLists = new HashMap<>();

    private ClixmlDocument(byte[] bytes) {
        try {
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(bytes));
            root = d.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var tns = root.getElementsByTagName("TN");
        for (int i = 0; i < tns.getLength(); i++) {
            Element tn = (Element) tns.item(i);
            typeNameLists.put(tn.getAttribute("RefId"), children(tn).stream().map(Node::getTextContent).toList());
        }
    }

    static ClixmlDocument read(Path file) {
        try {
            return new ClixmlDocument(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClixmlDocument of(byte[] bytes) {
        return new ClixmlDocument(bytes);
    }

    /** The top-level objects. */
    List<Element> objects() {
        return children(root);
    }

    List<String> typeNames(Element obj) {
        for (Element c : children(obj)) {
            if (c.getTagName().equals("TN")) return typeNameLists.get(c.getAttribute("RefId"));
            if (c.getTagName().equals("TNRef")) return typeNameLists.get(c.getAttribute("RefId"));
        }
        return List.of();
    }

    /** The element of an object's property (from Props or MS), or null. */
    Element property(Element obj, String name) {
        for (Element part : children(obj)) {
            if (!part.getTagName().equals("Props") && !part.getTagName().equals("MS")) continue;
            for (Element p : children(part)) if (name.equals(p.getAttribute("N"))) return p;
        }
        return null;
    }

    /** The items of a container object (LST and the like). */
    List<Element> items(Element obj) {
        for (Element c : children(obj)) {
            if (List.of("LST", "IE", "STK", "QUE").contains(c.getTagName())) return children(c);
        }
        throw new AssertionError("not a list: " + obj.getAttribute("N"));
    }

    /**
     * "Name Kind" for each adapted property, where Kind is the element (S, I32, DT, ...), "enum X" for an enum,
     * "list X" for a container and "X" for another object, X being the first type name.
     */
    List<String> shape(Element obj) {
        List<String> out = new ArrayList<>();
        for (Element part : children(obj)) {
            if (!part.getTagName().equals("Props")) continue;
            for (Element p : children(part)) out.add(p.getAttribute("N") + " " + kind(p));
        }
        return out;
    }

    String kind(Element e) {
        if (!e.getTagName().equals("Obj")) return e.getTagName();
        List<String> names = typeNames(e);
        String first = names.isEmpty() ? "?" : names.get(0);
        if (names.contains("System.Enum")) return "enum " + first;
        for (Element c : children(e)) {
            if (List.of("LST", "IE", "STK", "QUE", "DCT").contains(c.getTagName())) return "list " + first;
        }
        return first;
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) out.add(c);
        }
        return out;
    }
}
