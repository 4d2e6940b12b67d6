package io.migsh.lang.interpreter;

import io.migsh.runtime.DotNetName;

/**
 * A .NET type as the language sees it in [type] literals, casts, -is/-as and GetType(): its full name, how values
 * convert to it, and (for arrays and generic lists) its element type.
 */
@DotNetName("System.RuntimeType")
public record TypeInfo(String fullName, Kind kind, Class<?> javaClass, TypeInfo element) {
    /** How a cast to the type works. */
    public enum Kind {
        /** Conversions.convert to javaClass (numbers, strings, dates, enums, ...). */
        PLAIN, VOID, OBJECT, ARRAY, HASHTABLE, ORDERED, PSCUSTOMOBJECT, PSOBJECT, ARRAYLIST, GENERIC_LIST, REGEX,
        SWITCH, SCRIPTBLOCK, STRINGBUILDER, TYPE, EXCEPTION,
        /** Known only by name: statics such as [Math], or a type values may carry in their type names. */
        NAMED
    }

    public static TypeInfo of(String fullName, Kind kind, Class<?> javaClass) {
        return new TypeInfo(fullName, kind, javaClass, null);
    }

    /** The short name (Int32, String, List`1), as GetType().Name gives it. */
    public String name() {
        String n = fullName;
        int generic = n.indexOf('[');
        String head = generic < 0 ? n : n.substring(0, generic);
        String tail = generic < 0 ? "" : n.substring(generic);
        int dot = head.lastIndexOf('.');
        String simple = dot < 0 ? head : head.substring(dot + 1);
        if (kind == Kind.GENERIC_LIST) return simple.endsWith("`1") ? simple : simple + "`1";
        return simple + (kind == Kind.ARRAY ? tail : "");
    }

    public String namespace() {
        int dot = fullName.lastIndexOf('.', fullName.indexOf('[') < 0 ? fullName.length() : fullName.indexOf('['));
        return dot < 0 ? "" : fullName.substring(0, dot);
    }

    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    @Override
    public String toString() {
        return fullName;
    }
}
