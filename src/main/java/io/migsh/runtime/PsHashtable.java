package io.migsh.runtime;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PowerShell hashtable: string keys compare case-insensitively and keep the spelling they were first written
 * with. Insertion order is kept (PowerShell's order for @{} is unspecified; a stable one makes output
 * reproducible, and [ordered] needs it).
 */
public final class PsHashtable extends AbstractMap<Object, Object> {
    private final LinkedHashMap<Object, Object> entries = new LinkedHashMap<>();
    private final Map<Object, Object> index = new HashMap<>();
    private final boolean ordered;

    public PsHashtable() {
        this(false);
    }

    public PsHashtable(boolean ordered) {
        this.ordered = ordered;
    }

    /** True for [ordered]@{} (System.Collections.Specialized.OrderedDictionary). */
    public boolean isOrdered() {
        return ordered;
    }

    private static Object fold(Object key) {
        return key instanceof String s ? "\0" + s.toLowerCase(Locale.ROOT) : key;
    }

    @Override
    public Object put(Object key, Object value) {
        Object original = index.putIfAbsent(fold(key), key);
        return entries.put(original == null ? key : original, value);
    }

    @Override
    public Object get(Object key) {
        Object original = index.get(fold(key));
        return original == null ? null : entries.get(original);
    }

    @Override
    public boolean containsKey(Object key) {
        return index.containsKey(fold(key));
    }

    @Override
    public Object remove(Object key) {
        Object original = index.remove(fold(key));
        return original == null ? null : entries.remove(original);
    }

    @Override
    public void clear() {
        entries.clear();
        index.clear();
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return Collections.unmodifiableSet(entries.entrySet());
    }

    @Override
    public String toString() {
        return ordered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable";
    }
}
