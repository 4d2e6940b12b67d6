package io.migsh.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** An object in the pipeline: ordered, case-insensitive properties plus a list of type names, most derived first. */
public final class PsObject {
    /**
     * The lower-case key of each property name met so far: every object of a type has the same names, so each is
     * lower-cased (and its hash computed) once instead of on every add and lookup. Bounded, since names also come
     * from data (CSV headers, hashtable keys).
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_KEYS = 4096;

    private static final Object[] NO_VALUES = {};

    /**
     * The names, shared with objects built alike; {@link #values} holds the values in the same order, a computed
     * property's as its {@link Computed} getter.
     */
    private PropertyLayout layout = PropertyLayout.EMPTY;
    private Object[] values = NO_VALUES;
    /** True once {@link #properties} has handed the values (and an owned layout) out: the next change copies them. */
    private boolean valuesLent;
    /** This object's own list, or one shared with others (immutable) until {@link #typeNames} is asked for it. */
    private List<String> typeNames;
    private boolean typeNamesShared;
    private String toStringValue;
    private Object baseValue;
    private int serializationDepth;

    public PsObject(String... typeNames) {
        this.typeNames = List.of(typeNames);
        this.typeNamesShared = true;
    }

    /** A [pscustomobject] as PowerShell creates it. */
    public static PsObject custom() {
        return new PsObject("System.Management.Automation.PSCustomObject", "System.Object");
    }

    /** The type names, most derived first, as a list this object owns and a caller may change. */
    public List<String> typeNames() {
        if (typeNamesShared) {
            typeNames = new ArrayList<>(typeNames);
            typeNamesShared = false;
        }
        return typeNames;
    }

    /** The type names, read-only: asking does not give this object a list of its own. */
    public List<String> sharedTypeNames() {
        return typeNamesShared ? typeNames : Collections.unmodifiableList(typeNames);
    }

    /**
     * Appends type names; an object without any takes the given list itself when it is immutable, so that objects
     * read from one document share their type names as they share a TN there.
     */
    public PsObject addTypeNames(List<String> names) {
        if (typeNames.isEmpty()) {
            typeNames = List.copyOf(names);
            typeNamesShared = true;
        } else {
            typeNames().addAll(names);
        }
        return this;
    }

    /** The most derived type name, as Get-Member prints it. */
    public String typeName() {
        return typeNames.isEmpty() ? "System.Object" : typeNames.get(0);
    }

    /** Adds a property; a domain OffsetDateTime is stored as the date the language sees ({@link PsDateTime#adapt}). */
    public PsObject add(String name, Object value) {
        put(name, PsDateTime.adapt(value), false);
        return this;
    }

    /** A property computed on every read (a ScriptProperty / CodeProperty in PowerShell terms). */
    public PsObject addComputed(String name, Supplier<Object> getter) {
        put(name, new Computed(() -> PsDateTime.adapt(getter.get())), false);
        return this;
    }

    /** Sets an existing property (keeping its position and spelling) or adds a new one. */
    public void set(String name, Object value) {
        int i = indexOf(name);
        if (i < 0) {
            put(name, PsDateTime.adapt(value), false);
        } else {
            reclaimValues();
            values[i] = PsDateTime.adapt(value);
        }
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The value of a property, or null when it has none. */
    public Object get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : valueOf(values[i]);
    }

    public PsProperty property(String name) {
        int i = indexOf(name);
        return i < 0 ? null : propertyOf(layout.name(i), values[i]);
    }

    /** The properties in order: a read-only snapshot, which later changes to the object leave as it is. */
    public List<PsProperty> properties() {
        valuesLent = true;
        return new PropertyList(layout, values, layout.size());
    }

    public List<String> propertyNames() {
        int n = layout.size();
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) names.add(layout.name(i));
        return names;
    }

    public void remove(String name) {
        int i = indexOf(name);
        if (i >= 0) {
            int n = layout.size();
            reclaimValues();
            layout = layout.minus(i);
            System.arraycopy(values, i + 1, values, i, n - i - 1);
            values[n - 1] = null;
        }
    }

    /**
     * Replaces the property's value in its place (taking this spelling of its name, and becoming a note when
     * {@code note} says so), or appends it as a note or a property.
     */
    private void put(String name, Object slot, boolean note) {
        reclaimValues();
        int n = layout.size(); // read first: an owned layout grows in place
        PropertyLayout next = layout.successor(name, note); // known successors are only reached by a new name
        if (next == null) {
            String key = key(name);
            int i = layout.indexOf(key);
            if (i >= 0) {
                values[i] = slot;
                boolean isNote = note || layout.isNote(i);
                if (!layout.name(i).equals(name) || isNote != layout.isNote(i)) {
                    layout = layout.changed(i, name, isNote);
                }
                return;
            }
            next = layout.plus(name, key, note);
        }
        if (n == values.length) values = Arrays.copyOf(values, Math.max(8, n * 2));
        values[n] = slot;
        layout = next;
    }

    /** The text a type's ToString() gives (CLIXML's &lt;ToString&gt;); null means the default rendering. */
    public String toStringValue() {
        return toStringValue;
    }

    public PsObject withToString(String text) {
        this.toStringValue = text;
        return this;
    }

    /** A shallow copy with the same type names (PSObject.Copy()). */
    public PsObject copy() {
        PsObject c = new PsObject();
        c.typeNames = typeNamesShared ? typeNames : new ArrayList<>(typeNames);
        c.typeNamesShared = typeNamesShared;
        c.layout = layout.forCopy();
        c.values = values.clone();
        c.toStringValue = toStringValue;
        c.baseValue = baseValue;
        c.serializationDepth = serializationDepth;
        return c;
    }

    /**
     * Adds a NoteProperty: a member of this instance rather than an adapted property of its type (PowerShell's
     * PSComputerName on remote output, Add-Member notes). CLIXML keeps the two apart (&lt;MS&gt; versus &lt;Props&gt;)
     * and Get-Member shows them as NoteProperty versus Property.
     */
    public PsObject addNote(String name, Object value) {
        put(name, PsDateTime.adapt(value), true);
        return this;
    }

    /** True when the property was added with {@link #addNote}, or the object is a property bag ([pscustomobject]). */
    public boolean isNote(String name) {
        if (isPropertyBag()) return has(name);
        int i = indexOf(name);
        return i >= 0 && layout.isNote(i);
    }

    /**
     * The names given to {@link #addNote} (case-insensitive, read-only); a property bag's other properties are notes
     * too (see {@link #isNote}), so a caller asking of many properties checks {@link #isPropertyBag} once and this.
     */
    public Set<String> noteNames() {
        return layout.noteNames();
    }

    /** True for objects whose every property is a note: [pscustomobject], Select-Object output, deserialized ones. */
    public boolean isPropertyBag() {
        for (String t : typeNames) {
            if (t.equals("System.Management.Automation.PSCustomObject")
                    || t.equals("Deserialized.System.Management.Automation.PSCustomObject")) return true;
        }
        return typeNames.isEmpty();
    }

    /**
     * The plain value this object wraps (PSObject.BaseObject), or null for a property bag: a deserialized enum is an
     * object with its enum type names and ToString around the underlying integer.
     */
    public Object baseValue() {
        return baseValue;
    }

    public PsObject withBaseValue(Object value) {
        this.baseValue = value;
        return this;
    }

    /**
     * How many levels CLIXML writes this object with wherever it appears, whatever the depth asked for (the
     * SerializationDepth a type declares in PowerShell's types.ps1xml); 0 when it declares none.
     */
    public int serializationDepth() {
        return serializationDepth;
    }

    public PsObject withSerializationDepth(int depth) {
        this.serializationDepth = depth;
        return this;
    }

    @Override
    public String toString() {
        if (toStringValue != null) return toStringValue;
        if (baseValue != null) return LanguagePrimitives.toText(baseValue);
        if (typeNames.contains("System.Management.Automation.PSCustomObject")
                || typeName().startsWith("Deserialized.System.Management.Automation.PSCustomObject")) {
            return HashtableText.of(this);
        }
        return typeName();
    }

    private int indexOf(String name) {
        return layout.indexOf(key(name));
    }

    private void reclaimValues() {
        if (valuesLent) {
            values = values.clone();
            layout = layout.forCopy(); // an owned layout changes in place
            valuesLent = false;
        }
    }

    private static Object valueOf(Object slot) {
        return slot instanceof Computed c ? c.getter.get() : slot;
    }

    private static PsProperty propertyOf(String name, Object slot) {
        return slot instanceof Computed c ? new PsProperty(name, null, c.getter) : new PsProperty(name, slot, null);
    }

    /** The slot of a computed property: its getter, told apart from a stored value by its class. */
    private record Computed(Supplier<Object> getter) {}

    /** A fixed-size view of the first {@code size} properties, made as they are asked for. */
    private static final class PropertyList extends AbstractList<PsProperty> implements RandomAccess {
        private final PropertyLayout layout;
        private final Object[] values;
        private final int size;

        PropertyList(PropertyLayout layout, Object[] values, int size) {
            this.layout = layout;
            this.values = values;
            this.size = size;
        }

        @Override
        public PsProperty get(int index) {
            Objects.checkIndex(index, size);
            return propertyOf(layout.name(index), values[index]);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static String key(String name) {
        String k = KEYS.get(name);
        if (k == null) {
            k = name.toLowerCase(Locale.ROOT);
            if (KEYS.size() < MAX_KEYS) KEYS.put(name, k);
        }
        return k;
    }
}
