package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Casts ([type]value), -as and -is, on top of the runtime's {@link Conversions}. */
public final class Casts {
    private Casts() {}

    /** A .NET integer type a cast holds in a wider Java class: its range, and how .NET names it in an overflow. */
    private record Narrow(long min, long max, String named) {}

    private static final Map<String, Narrow> NARROW = Map.of(
            "System.Byte", new Narrow(0, 255, "an unsigned byte"),
            "System.Int16", new Narrow(Short.MIN_VALUE, Short.MAX_VALUE, "an Int16"),
            "System.UInt32", new Narrow(0, 0xFFFF_FFFFL, "a UInt32"),
            "System.UInt64", new Narrow(0, Long.MAX_VALUE, "a UInt64"));

    private static Object withinRange(Object converted, Object original, TypeInfo type) {
        Narrow narrow = NARROW.get(type.fullName());
        if (narrow == null || !(converted instanceof Number n)) return converted;
        if (n.longValue() < narrow.min() || n.longValue() > narrow.max()) {
            throw Conversions.overflow(original, type.fullName(), narrow.named());
        }
        return converted;
    }

    public static Object convert(Object value, TypeInfo type) {
        Object v = AutomationNull.normalize(value);
        switch (type.kind()) {
            case VOID:
                return AutomationNull.VALUE;
            case OBJECT:
            case PSOBJECT:
                return v;
            case PLAIN:
                if (v == null && type.javaClass() == String.class) return "";
                if (v instanceof List<?> l && l.size() == 1 && type.javaClass() != String.class) v = l.get(0);
                return withinRange(Conversions.convert(v, type.javaClass()), v, type);
            case ARRAY: {
                List<Object> out = new ArrayList<>();
                if (v == null) return out;
                if (v instanceof String text && type.element() != null
                        && type.element().fullName().equals("System.Char")) {
                    for (char c : text.toCharArray()) out.add(c);
                    return out;
                }
                for (Object item : LanguagePrimitives.isEnumerable(v) ? LanguagePrimitives.enumerate(v) : List.of(v)) {
                    out.add(type.element() == null ? item : convert(item, type.element()));
                }
                return out;
            }
            case HASHTABLE:
                if (v instanceof PsHashtable h && !h.isOrdered()) return h;
                if (v instanceof Map<?, ?> m) {
                    PsHashtable h = new PsHashtable();
                    h.putAll(m);
                    return h;
                }
                break;
            case ORDERED:
                if (v instanceof Map<?, ?> m) {
                    PsHashtable h = new PsHashtable(true);
                    h.putAll(m);
                    return h;
                }
                break;
            case PSCUSTOMOBJECT:
                if (v instanceof Map<?, ?> m) {
                    PsObject o = PsObject.custom();
                    for (Map.Entry<?, ?> e : m.entrySet()) o.add(LanguagePrimitives.toText(e.getKey()), e.getValue());
                    return o;
                }
                return v;
            case ARRAYLIST:
                return v == null ? new DotNetArrayList() : new DotNetArrayList(LanguagePrimitives.isEnumerable(v)
                        ? LanguagePrimitives.enumerate(v) : List.of(v));
            case GENERIC_LIST: {
                GenericList list = new GenericList(type.element());
                if (v != null) {
                    for (Object item : LanguagePrimitives.isEnumerable(v) ? LanguagePrimitives.enumerate(v)
                            : List.of(v)) {
                        list.addConverted(item);
                    }
                }
                return list;
            }
            case REGEX:
                if (v instanceof RegexValue r) return r;
                return RegexValue.of(LanguagePrimitives.toText(v), false);
            case SWITCH:
                return LanguagePrimitives.toBool(v);
            case SCRIPTBLOCK:
                if (v instanceof io.migsh.runtime.ScriptBlock) return v;
                break;
            case STRINGBUILDER:
                if (v instanceof TextBuilder) return v;
                TextBuilder b = new TextBuilder();
                b.text().append(LanguagePrimitives.toText(v));
                return b;
            case TYPE:
                if (v instanceof TypeInfo) return v;
                if (v instanceof String s) {
                    TypeInfo t = TypeResolver.find(s);
                    if (t != null) return t;
                    throw RuntimeErrors.typeNotFound(s);
                }
                break;
            default:
                if (v == null || isInstance(v, type)) return v;
                if (type.fullName().equals("System.Net.Mail.MailAddress")) {
                    return MailAddresses.parse(LanguagePrimitives.toText(v));
                }
                break;
        }
        throw new PsException("System.Management.Automation.PSInvalidCastException", "Cannot convert the \""
                + LanguagePrimitives.toText(v) + "\" value of type \"" + TypeNames.name(v) + "\" to type \""
                + type.fullName() + "\".", "InvalidCastException", ErrorCategory.InvalidArgument, v);
    }

    /** -as: the converted value, or null when the conversion fails. */
    public static Object tryConvert(Object value, TypeInfo type) {
        try {
            return convert(value, type);
        } catch (PsException e) {
            return null;
        }
    }

    /** -is */
    public static boolean isInstance(Object value, TypeInfo type) {
        Object v = AutomationNull.normalize(value);
        if (v == null) return false;
        switch (type.kind()) {
            case OBJECT:
                return true;
            case PSOBJECT:
                return v instanceof PsObject;
            case PLAIN:
                if (type.javaClass() == Integer.class && !type.fullName().equals("System.Int32")) {
                    return TypeNames.name(v).equals(type.fullName());
                }
                return type.javaClass().isInstance(v);
            case ARRAY:
                return v instanceof List<?> && !(v instanceof DotNetArrayList) && !(v instanceof GenericList)
                        && (type.element() == null || type.element().kind() == TypeInfo.Kind.OBJECT);
            case HASHTABLE:
                return v instanceof Map<?, ?> && !(v instanceof PsHashtable h && h.isOrdered());
            case ORDERED:
                return v instanceof PsHashtable h && h.isOrdered();
            case PSCUSTOMOBJECT:
                return v instanceof PsObject o && o.typeNames().contains("System.Management.Automation.PSCustomObject");
            case ARRAYLIST:
                return v instanceof DotNetArrayList;
            case GENERIC_LIST:
                return v instanceof GenericList;
            case REGEX:
                return v instanceof RegexValue;
            case SCRIPTBLOCK:
                return v instanceof io.migsh.runtime.ScriptBlock;
            case STRINGBUILDER:
                return v instanceof TextBuilder;
            case TYPE:
                return v instanceof TypeInfo;
            case EXCEPTION:
                if (v instanceof PsException e) return ExceptionTypes.matches(e.record().exceptionType(), type.fullName());
                break;
            default:
                if (v instanceof io.migsh.runtime.ErrorRecord) {
                    return type.fullName().equals("System.Management.Automation.ErrorRecord");
                }
                break;
        }
        String wanted = type.fullName().toLowerCase(Locale.ROOT);
        for (String n : TypeNames.of(v)) {
            String name = n.toLowerCase(Locale.ROOT);
            if (name.equals(wanted) || name.equals("deserialized." + wanted)) return true;
        }
        return false;
    }
}
