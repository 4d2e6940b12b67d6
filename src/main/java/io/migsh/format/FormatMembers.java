package io.migsh.format;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Property reads as the formatter sees objects: through {@link Members}, with the adapted members PowerShell shows
 * for error records, dictionary entries and GUIDs.
 */
final class FormatMembers {
    private FormatMembers() {}

    static List<String> names(Object target) {
        Object t = adapt(target);
        if (t instanceof Map<?, ?>) return List.of();
        List<String> names = Members.propertyNames(t);
        if (!(t instanceof PsObject o) || o.isPropertyBag()) return names;
        // PSObject.Properties lists the instance's own (note) members before its type's adapted properties, so an
        // imported remote object shows RunspaceId ahead of the properties in its <Props>.
        List<String> ordered = new ArrayList<>(names.size());
        for (String n : names) if (o.isNote(n)) ordered.add(n);
        for (String n : names) if (!o.isNote(n)) ordered.add(n);
        return ordered;
    }

    static Object get(Object target, String name) {
        if (target instanceof UUID u && name.equalsIgnoreCase("Guid")) return u.toString();
        return Members.get(adapt(target), name);
    }

    /** The object with the properties PowerShell's type adapter gives it. */
    static Object adapt(Object target) {
        if (target instanceof ErrorRecord r) return ErrorView.asObject(r);
        return target;
    }

    /** A dictionary entry as PowerShell enumerates a hashtable for display: Name (alias of Key), Key, Value. */
    static PsObject dictionaryEntry(Object key, Object value) {
        PsObject entry = new PsObject("System.Collections.DictionaryEntry", "System.ValueType", "System.Object");
        entry.add("Name", key);
        entry.add("Key", key);
        entry.add("Value", value);
        entry.withToString("System.Collections.DictionaryEntry");
        return entry;
    }
}
