package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** $a[i]: negative indices count from the end, a list of indices is a slice, dictionaries index by key. */
public final class Indexing {
    private Indexing() {}

    public static Object get(Object target, Object index) {
        if (target == null) throw RuntimeErrors.nullArray();
        if (target instanceof Map<?, ?> m) {
            if (index instanceof List<?> keys) {
                List<Object> out = new ArrayList<>();
                for (Object k : keys) out.add(m.get(k));
                return out;
            }
            if (index instanceof Integer i && m instanceof PsHashtable h && h.isOrdered() && !h.containsKey(i)) {
                // OrderedDictionary's this[int] indexer: [ordered]@{...}[0] is the first value.
                return byPosition(h, i);
            }
            return m.get(index);
        }
        if (target instanceof MatchObject.GroupCollection g && index instanceof String name
                && !name.chars().allMatch(Character::isDigit)) {
            return g.byName(name);
        }
        if (target instanceof MemberAccess.PropertyCollection props && index instanceof String name) {
            return props.byName(name);
        }
        if (index instanceof List<?> many) {
            List<Object> out = new ArrayList<>();
            for (Object i : many) {
                Object v = single(target, i, true);
                if (v != MISSING) out.add(v);
            }
            return out;
        }
        Object v = single(target, index, false);
        return v == MISSING ? null : v;
    }

    private static final Object MISSING = new Object();

    private static Object byPosition(PsHashtable h, int i) {
        if (i < 0 || i >= h.size()) return null;
        int n = 0;
        for (Object v : h.values()) if (n++ == i) return v;
        return null;
    }

    private static Object single(Object target, Object index, boolean slice) {
        if (target instanceof List<?> list) {
            int i = position(index, list.size());
            return i < 0 ? MISSING : list.get(i);
        }
        if (target instanceof String s) {
            int i = position(index, s.length());
            return i < 0 ? MISSING : (Object) s.charAt(i);
        }
        if (target instanceof Object[] a) {
            int i = position(index, a.length);
            return i < 0 ? MISSING : a[i];
        }
        if (target instanceof byte[] b) {
            int i = position(index, b.length);
            return i < 0 ? MISSING : (Object) (b[i] & 0xFF);
        }
        // PowerShell treats a single object as a collection of one: $x[0] and $x[-1] are $x.
        int i = position(index, 1);
        return i < 0 ? MISSING : target;
    }

    private static int position(Object index, int size) {
        int i;
        try {
            i = ((Number) Conversions.convert(index, Integer.class)).intValue();
        } catch (PsException e) {
            throw RuntimeErrors.runtime("Cannot convert value \"" + LanguagePrimitives.toText(index)
                    + "\" to type \"System.Int32\".", "InvalidCastFromStringToInteger");
        }
        if (i < 0) i += size;
        return i < 0 || i >= size ? -1 : i;
    }

    @SuppressWarnings("unchecked")
    public static void set(Object target, Object index, Object value) {
        if (target == null) throw RuntimeErrors.nullArray();
        if (target instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(index, value);
            return;
        }
        if (target instanceof List<?> list) {
            int i = ((Number) Conversions.convert(index, Integer.class)).intValue();
            if (i < 0) i += list.size();
            if (i < 0 || i >= list.size()) {
                throw RuntimeErrors.runtime("Index was outside the bounds of the array.", "IndexOutOfRange");
            }
            Object v = target instanceof GenericList g && g.element() != null ? Casts.convert(value, g.element()) : value;
            ((List<Object>) list).set(i, v);
            return;
        }
        throw RuntimeErrors.runtime("Unable to index into an object of type " + TypeNames.name(target) + ".",
                "CannotIndex");
    }
}
