package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Methods of arrays, [System.Collections.ArrayList], [List[T]] and hashtables. Lists made by cmdlets and by
 * New-Object arrive as plain lists, so Add works on every list and returns the new index as ArrayList.Add does.
 */
final class CollectionMethods {
    private CollectionMethods() {}

    @SuppressWarnings("unchecked")
    static Object list(List<?> target, String n, String name, List<Object> args, Session session) {
        List<Object> l = (List<Object>) target;
        boolean growable = true;
        switch (n) {
            case "add":
                if (args.size() != 1) throw Args.count(name, args.size());
                fixed(growable, name, args);
                if (l instanceof GenericList g) {
                    g.addConverted(args.get(0));
                    return AutomationNull.VALUE;
                }
                l.add(args.get(0));
                return l.size() - 1;
            case "addrange":
                fixed(growable, name, args);
                for (Object o : LanguagePrimitives.enumerate(args.get(0))) {
                    if (l instanceof GenericList g) g.addConverted(o);
                    else l.add(o);
                }
                return AutomationNull.VALUE;
            case "remove": {
                fixed(growable, name, args);
                int i = indexOf(l, args.get(0));
                if (i >= 0) l.remove(i);
                return l instanceof GenericList ? (Object) (i >= 0) : AutomationNull.VALUE;
            }
            case "removeat":
                fixed(growable, name, args);
                l.remove(Args.integer(args, 0));
                return AutomationNull.VALUE;
            case "insert":
                fixed(growable, name, args);
                l.add(Args.integer(args, 0), args.get(1));
                return AutomationNull.VALUE;
            case "clear":
                if (growable) l.clear();
                else Collections.fill(l, null);
                return AutomationNull.VALUE;
            case "contains":
                return indexOf(l, args.get(0)) >= 0;
            case "indexof":
                return indexOf(l, args.get(0));
            case "toarray":
                return new ArrayList<Object>(l);
            case "reverse":
                Collections.reverse(l);
                return AutomationNull.VALUE;
            case "sort":
                l.sort((a, b) -> LanguagePrimitives.compare(a, b, true));
                return AutomationNull.VALUE;
            case "getrange":
                return new ArrayList<Object>(l.subList(Args.integer(args, 0), Args.integer(args, 0) + Args.integer(args, 1)));
            case "clone":
                return l instanceof DotNetArrayList ? new DotNetArrayList(l) : new ArrayList<Object>(l);
            default:
                return Methods.NOT_FOUND;
        }
    }

    private static void fixed(boolean growable, String name, List<Object> args) {
        if (!growable) {
            throw RuntimeErrors.methodFailed(name, args.size(), "Collection was of a fixed size.",
                    "NotSupportedException");
        }
    }

    /** .NET's Equals: strings compare with case. */
    private static int indexOf(List<Object> l, Object item) {
        for (int i = 0; i < l.size(); i++) {
            Object e = l.get(i);
            if (e == null ? item == null : e.equals(item) || (!(e instanceof String)
                    && LanguagePrimitives.areEqual(e, item, false))) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    static Object map(Map<?, ?> target, String n, String name, List<Object> args, Session session) {
        Map<Object, Object> m = (Map<Object, Object>) target;
        switch (n) {
            case "containskey", "contains":
                return m.containsKey(args.get(0));
            case "containsvalue":
                for (Object v : m.values()) if (LanguagePrimitives.areEqual(v, args.get(0), false)) return true;
                return false;
            case "add":
                if (args.size() != 2) throw Args.count(name, args.size());
                if (m.containsKey(args.get(0))) {
                    throw RuntimeErrors.methodFailed(name, 2, "Item has already been added. Key in dictionary: '"
                            + args.get(0) + "'  Key being added: '" + args.get(0) + "'", "ArgumentException");
                }
                m.put(args.get(0), args.get(1));
                return AutomationNull.VALUE;
            case "remove":
                m.remove(args.get(0));
                return AutomationNull.VALUE;
            case "clear":
                m.clear();
                return AutomationNull.VALUE;
            case "getenumerator":
                return entries(m);
            case "clone": {
                PsHashtable copy = new PsHashtable(m instanceof PsHashtable h && h.isOrdered());
                copy.putAll(m);
                return copy;
            }
            default:
                return Methods.NOT_FOUND;
        }
    }

    /** $h.GetEnumerator(): DictionaryEntry objects with Name (Key) and Value. */
    static List<Object> entries(Map<?, ?> m) {
        List<Object> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            PsObject entry = new PsObject("System.Collections.DictionaryEntry", "System.ValueType", "System.Object");
            entry.add("Name", e.getKey()).add("Key", e.getKey()).add("Value", e.getValue());
            out.add(entry.withToString("System.Collections.DictionaryEntry"));
        }
        return out;
    }
}
