package io.migsh.clixml;

import io.migsh.runtime.EnumValue;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.PsProperty;
import io.migsh.runtime.SecureString;
import io.migsh.runtime.TypeNames;
import io.migsh.runtime.TypedList;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes objects as CLIXML the way PowerShell's serializer (serialization.cs InternalSerializer) does: one
 * top-level element per object, RefIds and Refs for repeated objects, TN/TNRef type-name lists, and PowerShell's
 * depth rules. Streams: nothing but the RefIds of live objects is kept between objects.
 */
public final class ClixmlWriter implements AutoCloseable {
    /** Export-Clixml's default depth. */
    public static final int DEFAULT_DEPTH = 2;
    static final String NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04";
    static final String VERSION = "1.1.0.1";
    /** serialization.cs MaxDepthBelowTopLevel, and the string written in place of anything deeper. */
    private static final int MAX_DEPTH_BELOW_TOP = 50;
    private static final String TOO_DEEP = "Serialized XML is nested too deeply.";

    private static final List<String> ARRAY_TYPE_NAMES = List.of("System.Object[]", "System.Array", "System.Object");

    private final XmlOut out;
    private final int depth;
    private final SecureStringCipher cipher;
    private final ObjectRefIds refIds = new ObjectRefIds();
    private final Map<List<String>, Integer> typeNameIds = new HashMap<>();
    /** An enum's type names as CLIXML writes them, worked out once per enum class. */
    private static final ClassValue<List<String>> ENUM_TYPE_NAMES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            List<String> names = TypeNames.of(type.getEnumConstants()[0]);
            if (!names.contains("System.Enum")) {
                names = List.of(names.get(0), "System.Enum", "System.ValueType", "System.Object");
            }
            return List.copyOf(names);
        }
    };
    private int below;
    private boolean closed;

    /**
     * @param depth   how many levels of adapted properties to write (1 or more; Export-Clixml's default is 2)
     * @param cipher  encrypts secure strings; null refuses them
     * @param newline the line end between elements (the platform's, as .NET's XmlWriter uses)
     */
    public ClixmlWriter(Writer target, int depth, SecureStringCipher cipher, String newline) {
        if (depth < 1) throw new IllegalArgumentException("depth must be at least 1");
        this.out = new XmlOut(target, newline);
        this.depth = depth;
        this.cipher = cipher;
        out.start("Objs");
        out.attribute("Version", VERSION);
        out.defaultNamespace(NAMESPACE);
    }

    public ClixmlWriter(Writer target, int depth, SecureStringCipher cipher) {
        this(target, depth, cipher, System.lineSeparator());
    }

    /** The CLIXML text of the given top-level objects (ConvertTo-CliXml, PSSerializer.Serialize). */
    public static String serialize(List<?> objects, int depth, SecureStringCipher cipher) {
        return serialize(objects, depth, cipher, System.lineSeparator());
    }

    public static String serialize(List<?> objects, int depth, SecureStringCipher cipher, String newline) {
        StringWriter sw = new StringWriter();
        try (ClixmlWriter w = new ClixmlWriter(sw, depth, cipher, newline)) {
            for (Object o : objects) w.write(o);
        }
        return sw.toString();
    }

    /** Writes one top-level object (an element under &lt;Objs&gt;). */
    public void write(Object value) {
        writeOne(value, null, depth);
    }

    public void flush() {
        out.flush();
    }

    /** Ends the document (&lt;/Objs&gt;) and flushes; the underlying writer stays open for its owner to close. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        out.end();
        out.close();
    }

    private void writeOne(Object value, String name, int depth) {
        if (value == null) {
            out.start("Nil");
            if (name != null) out.nameAttribute(name);
            out.end();
            return;
        }
        below++;
        try {
            if (below == MAX_DEPTH_BELOW_TOP) {
                out.encodedLeaf("S", name, TOO_DEEP);
                return;
            }
            KnownType known = KnownType.of(value);
            if (known != null) {
                known.write(out, name, value);
                return;
            }
            if (value instanceof SecureString s) {
                out.leaf("SS", name, requireCipher().encrypt(s));
                return;
            }
            if (value instanceof ProtectedSecureString p) {
                out.leaf("SS", name, p.encryptedText());
                return;
            }
            if (value instanceof Enum<?> e) {
                if (depth == 0) {
                    out.encodedLeaf("S", name, e.name());
                } else {
                    writeEnum(e, name);
                }
                return;
            }
            int ref = refIds.get(value);
            if (ref != ObjectRefIds.NONE) {
                out.start("Ref");
                if (name != null) out.nameAttribute(name);
                out.attribute("RefId", ref);
                out.end();
                return;
            }
            if (value instanceof PsObject o && o.baseValue() != null && KnownType.of(o.baseValue()) != null) {
                writeWrappedPrimitive(o, name, depth);
                return;
            }
            if (isContainer(value)) {
                writeContainer(value, name, depth);
                return;
            }
            depth = depthOfSerialization(value, depth);
            if (depth == 0) {
                writeAsString(value, name);
                return;
            }
            writeComplex(value, name, depth);
        } finally {
            below--;
        }
    }

    /**
     * serialization.cs GetDepthOfSerialization: a credential is written one level deep, an object that declares
     * its own serialization depth (types.ps1xml SerializationDepth) gets that depth wherever it appears, and an
     * imported object reached with no depth left is still written one level deep (Export-Clixml's
     * PreserveSerializationSettingOfOriginal), so that exporting an imported file keeps the objects it holds.
     */
    private static int depthOfSerialization(Object value, int depth) {
        if (value instanceof PsCredential) return 1;
        if (value instanceof PsObject o) {
            if (o.serializationDepth() > 0) return o.serializationDepth();
            if (depth <= 0 && isDeserialized(o)) return 1;
        }
        return depth;
    }

    private SecureStringCipher requireCipher() {
        if (cipher == null) throw new IllegalStateException("no key to encrypt a secure string with");
        return cipher;
    }

    /** An enum: its type names, its name as ToString, and its underlying value (serialization.cs isEnum). */
    private void writeEnum(Enum<?> e, String name) {
        startObj(name, refIds.skip());
        typeNames(ENUM_TYPE_NAMES.get(e.getDeclaringClass()));
        out.elementString("ToString", e.name());
        if (e instanceof EnumValue v) {
            out.leaf(v.isInt64() ? "I64" : "I32", null, v.value());
        } else {
            out.leaf("I32", null, e.ordinal());
        }
        out.end();
    }

    /** An object around a primitive: a deserialized enum, or a value carrying notes (WritePrimitiveTypePSObject). */
    private void writeWrappedPrimitive(PsObject o, String name, int depth) {
        startObj(name, refIds.assign(o));
        // PowerShell writes the type names only when they differ from the value's own (an enum's, say)
        if (!o.typeNames().isEmpty() && !o.typeNames().equals(TypeNames.of(o.baseValue()))) typeNames(o.typeNames());
        if (o.toStringValue() != null) out.elementString("ToString", o.toStringValue());
        writeOne(o.baseValue(), null, depth);
        writeNotes(o, depth);
        out.end();
    }

    private static boolean isContainer(Object v) {
        return v instanceof Collection<?> || v instanceof Map<?, ?> || v.getClass().isArray();
    }

    /** Containers are written whatever the depth; their items get the container's depth (serialization.cs). */
    private void writeContainer(Object value, String name, int depth) {
        startObj(name, refIds.assign(value));
        if (value instanceof Map<?, ?> map) {
            typeNames(value instanceof PsHashtable h && h.isOrdered()
                    ? List.of("System.Collections.Specialized.OrderedDictionary", "System.Object")
                    : List.of("System.Collections.Hashtable", "System.Object"));
            out.start("DCT");
            for (Map.Entry<?, ?> en : map.entrySet()) {
                out.start("En");
                writeOne(en.getKey(), "Key", depth);
                writeOne(en.getValue(), "Value", depth);
                out.end();
            }
            out.end();
        } else {
            String tag = "LST";
            if (value instanceof DeserializedList d) {
                typeNames(d.typeNames());
                tag = d.containerTag();
            } else if (value instanceof TypedList t) {
                typeNames(t.typeNames());
            } else {
                typeNames(ARRAY_TYPE_NAMES);
            }
            out.start(tag);
            if (value.getClass().isArray()) {
                int n = Array.getLength(value);
                for (int i = 0; i < n; i++) writeOne(Array.get(value, i), null, depth);
            } else {
                for (Object item : (Collection<?>) value) writeOne(item, null, depth);
            }
            out.end();
        }
        out.end();
    }

    /**
     * Depth exhausted: the object's ToString as &lt;S&gt; (HandlePSObjectAsString), kept in an &lt;Obj&gt; when it
     * has notes, which are instance members and so are written whatever the depth.
     */
    private void writeAsString(Object value, String name) {
        String text = LanguagePrimitives.toText(value);
        if (value instanceof PsObject o && hasNotes(o)) {
            startObj(name, refIds.assign(o));
            if (isDeserialized(o)) {
                typeNames(o.typeNames());
                if (o.toStringValue() != null) out.elementString("ToString", o.toStringValue());
            }
            out.encodedLeaf("S", null, text);
            writeNotes(o, 0);
            out.end();
        } else {
            out.encodedLeaf("S", name, text);
        }
    }

    /** A complex object: TN, ToString, adapted properties at depth - 1 in Props, notes at depth in MS. */
    private void writeComplex(Object value, String name, int depth) {
        startObj(name, refIds.assign(value));
        if (value instanceof PsObject o) {
            if (!o.typeNames().isEmpty()) typeNames(o.typeNames());
            String text = toStringElement(o);
            if (text != null) out.elementString("ToString", text);
            writeMembers(o, depth);
        } else {
            typeNames(TypeNames.of(value));
            out.elementString("ToString", LanguagePrimitives.toText(value));
            if (value.getClass().isRecord()) writeRecordProperties(value, depth - 1);
        }
        out.end();
    }

    private void writeRecordProperties(Object record, int depth) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components.length == 0) return;
        out.start("Props");
        for (RecordComponent c : components) {
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String n = c.getName();
            writeOne(v, Character.toUpperCase(n.charAt(0)) + n.substring(1), depth);
        }
        out.end();
    }

    /** The ToString element: given explicitly, else .NET's default (the type name), never for property bags. */
    private static String toStringElement(PsObject o) {
        if (o.toStringValue() != null) return o.toStringValue();
        if (o.isPropertyBag() || isDeserialized(o)) return null;
        return o.typeName();
    }

    /** Adapted properties (Props, at depth - 1), then notes (MS, at depth); each property's kind is asked once. */
    private void writeMembers(PsObject o, int depth) {
        boolean bag = o.isPropertyBag();
        Set<String> noteNames = o.noteNames();
        List<PsProperty> notes = null;
        boolean started = false;
        for (PsProperty p : o.properties()) {
            if (bag || (!noteNames.isEmpty() && noteNames.contains(p.name()))) {
                if (notes == null) notes = new ArrayList<>();
                notes.add(p);
                continue;
            }
            Object v;
            try {
                v = p.value();
            } catch (RuntimeException e) {
                continue; // a getter that fails is left out, as PowerShell leaves it out
            }
            if (!started) {
                out.start("Props");
                started = true;
            }
            writeOne(v, p.name(), depth - 1);
        }
        if (started) out.end();
        if (notes != null) writeProperties("MS", notes, depth);
    }

    private void writeProperties(String tag, List<PsProperty> properties, int depth) {
        boolean started = false;
        for (PsProperty p : properties) {
            Object v;
            try {
                v = p.value();
            } catch (RuntimeException e) {
                continue;
            }
            if (!started) {
                out.start(tag);
                started = true;
            }
            writeOne(v, p.name(), depth);
        }
        if (started) out.end();
    }

    private void writeNotes(PsObject o, int depth) {
        List<PsProperty> notes = new ArrayList<>();
        for (PsProperty p : o.properties()) if (o.isNote(p.name())) notes.add(p);
        writeProperties("MS", notes, depth);
    }

    private static boolean hasNotes(PsObject o) {
        if (o.isPropertyBag()) return !o.properties().isEmpty();
        for (String n : o.noteNames()) if (o.has(n)) return true;
        return false;
    }

    private static boolean isDeserialized(PsObject o) {
        return o.typeName().startsWith("Deserialized.");
    }

    private void startObj(String name, int refId) {
        out.start("Obj");
        if (name != null) out.nameAttribute(name);
        out.attribute("RefId", refId);
    }

    /** &lt;TN&gt; the first time a list of type names is written, &lt;TNRef&gt; after that. */
    private void typeNames(List<String> names) {
        Integer id = typeNameIds.get(names);
        if (id != null) {
            out.start("TNRef");
            out.attribute("RefId", id);
            out.end();
            return;
        }
        id = typeNameIds.size();
        typeNameIds.put(List.copyOf(names), id);
        out.start("TN");
        out.attribute("RefId", id);
        for (String t : names) out.elementString("T", t);
        out.end();
    }
}
