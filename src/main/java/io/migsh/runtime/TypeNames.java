package io.migsh.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The .NET type names of plain Java values, so that they print and serialize as PowerShell's would. */
public final class TypeNames {
    private TypeNames() {}

    /** Type names of a value, most derived first, ending in System.Object. */
    public static List<String> of(Object value) {
        if (value instanceof PsObject o) return o.typeNames();
        if (value == null) return List.of();
        if (value instanceof TypedList t) return t.typeNames();
        Class<?> c = value.getClass();
        DotNetName dn = c.getAnnotation(DotNetName.class);
        if (dn == null && c.isEnum() == false && c.getSuperclass() != null && c.getSuperclass().isEnum()) {
            dn = c.getSuperclass().getAnnotation(DotNetName.class);
        }
        if (dn != null) {
            String[] names = dn.value();
            String[] withObject = java.util.Arrays.copyOf(names, names.length + (value instanceof Enum<?> ? 3 : 1));
            if (value instanceof Enum<?>) {
                withObject[names.length] = "System.Enum";
                withObject[names.length + 1] = "System.ValueType";
            }
            withObject[withObject.length - 1] = "System.Object";
            return List.of(withObject);
        }
        String name = simple(value);
        return switch (name) {
            case "System.Int32", "System.Int64", "System.Double", "System.Boolean", "System.DateTime",
                    "System.TimeSpan", "System.Guid", "System.Char", "System.Decimal", "System.Byte",
                    "System.Int16", "System.Single" -> List.of(name, "System.ValueType", "System.Object");
            case "System.Object[]", "System.Byte[]" -> List.of(name, "System.Array", "System.Object");
            default -> List.of(name, "System.Object");
        };
    }

    /** The most derived .NET type name. */
    public static String name(Object value) {
        List<String> names = of(value);
        return names.isEmpty() ? "" : names.get(0);
    }

    private static String simple(Object v) {
        if (v instanceof String) return "System.String";
        if (v instanceof Integer) return "System.Int32";
        if (v instanceof Long) return "System.Int64";
        if (v instanceof Short) return "System.Int16";
        if (v instanceof Byte) return "System.Byte";
        if (v instanceof Double) return "System.Double";
        if (v instanceof Float) return "System.Single";
        if (v instanceof BigDecimal) return "System.Decimal";
        if (v instanceof BigInteger) return "System.Numerics.BigInteger";
        if (v instanceof Boolean) return "System.Boolean";
        if (v instanceof Character) return "System.Char";
        if (v instanceof PsDateTime || v instanceof OffsetDateTime) return "System.DateTime";
        if (v instanceof Duration) return "System.TimeSpan";
        if (v instanceof UUID) return "System.Guid";
        if (v instanceof URI) return "System.Uri";
        if (v instanceof byte[]) return "System.Byte[]";
        if (v instanceof PsHashtable h) return h.toString();
        if (v instanceof Map<?, ?>) return "System.Collections.Hashtable";
        if (v instanceof List<?> || v instanceof Object[]) return "System.Object[]";
        if (v instanceof ScriptBlock) return "System.Management.Automation.ScriptBlock";
        if (v instanceof SecureString) return "System.Security.SecureString";
        if (v instanceof Enum<?> e) return e.getDeclaringClass().getName();
        return v.getClass().getName();
    }
}
