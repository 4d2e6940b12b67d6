package io.migsh.lang.interpreter;

import io.migsh.runtime.AdaptedProperties;
import io.migsh.runtime.DotNetName;
import java.util.List;
import java.util.Locale;

/**
 * A .NET type as the language sees it in [type] literals, casts, -is/-as and GetType(): its full name, how values
 * convert to it, and (for arrays and generic lists) its element type.
 */
@DotNetName("System.RuntimeType")
public record TypeInfo(String fullName, Kind kind, Class<?> javaClass, TypeInfo element) implements AdaptedProperties {
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

    /** The base class, as [type].BaseType gives it; null for System.Object. */
    public TypeInfo baseType() {
        String base = switch (kind) {
            case OBJECT -> null;
            case ARRAY -> "System.Array";
            case VOID, SWITCH -> "System.ValueType";
            case EXCEPTION -> ExceptionTypes.parentOf(fullName);
            case PLAIN -> plainBase();
            default -> "System.Object";
        };
        if (base == null) return null;
        TypeInfo known = TypeResolver.find(base);
        return known != null ? known : of(base, Kind.NAMED, null);
    }

    private String plainBase() {
        if (javaClass == null || fullName.endsWith("[]")) return fullName.endsWith("[]") ? "System.Array" : "System.Object";
        if (javaClass.isEnum()) return "System.Enum";
        if (Number.class.isAssignableFrom(javaClass) || javaClass == Boolean.class || javaClass == Character.class
                || javaClass == io.migsh.runtime.PsDateTime.class || javaClass == java.time.Duration.class
                || javaClass == java.util.UUID.class) {
            return "System.ValueType";
        }
        return "System.Object";
    }

    /** Static classes ([Math], [IO.File]) and [pscustomobject] are not serializable; the rest are. */
    public boolean isSerializable() {
        return kind != Kind.NAMED && kind != Kind.PSCUSTOMOBJECT
                && !fullName.equals("System.Security.SecureString");
    }

    @Override
    public List<String> propertyNames() {
        return List.of("IsPublic", "IsSerializable", "Name", "FullName", "Namespace", "BaseType", "IsArray");
    }

    @Override
    public Object property(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ispublic" -> true;
            case "isserializable" -> isSerializable();
            case "name" -> name();
            case "fullname" -> fullName;
            case "namespace" -> namespace();
            case "basetype" -> baseType();
            case "isarray" -> isArray();
            default -> null;
        };
    }

    @Override
    public String toString() {
        return fullName;
    }
}
