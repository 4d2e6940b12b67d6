package io.migsh.lang.interpreter;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.PsProperty;
import io.migsh.runtime.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Property reads and writes. On a collection, a property the collection itself lacks is read from each element
 * and the results are flattened (member-access enumeration, about_Member-Access_Enumeration).
 */
public final class MemberAccess {
    private MemberAccess() {}

    public static Object get(Object target, String name) {
        if (target == null) return isCount(name) ? (Object) 0 : null;
        if (name.equalsIgnoreCase("PSObject")) return new PsObjectView(target);
        if (target instanceof PsObject o) {
            PsProperty p = o.property(name);
            if (p == null && isCount(name)) return 1;
            return p == null ? null : p.value();
        }
        if (target instanceof Map<?, ?>) return Members.get(target, name);
        if (target instanceof List<?> list) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("count") || n.equals("length")) return list.size();
            if (n.equals("rank")) return 1;
            return enumerate(list, name);
        }
        Object extra = extra(target, name);
        if (extra != NONE) return extra;
        Object v = Members.get(target, name);
        // every object has Count and Length of 1 (PowerShell 3 treats scalars as one-element collections)
        if (v == null && isCount(name) && !(target instanceof Map<?, ?>) && !Members.has(target, name)) return 1;
        return v;
    }

    private static boolean isCount(String name) {
        return name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length");
    }

    private static final Object NONE = new Object();

    private static Object enumerate(List<?> list, String name) {
        List<Object> out = new ArrayList<>();
        for (Object item : list) {
            if (item == null) continue;
            Object v = get(item, name);
            if (v == null && !has(item, name)) continue;
            if (LanguagePrimitives.isEnumerable(v)) out.addAll(LanguagePrimitives.enumerate(v));
            else out.add(v);
        }
        if (out.isEmpty()) return null;
        return out.size() == 1 ? out.get(0) : out;
    }

    private static boolean has(Object item, String name) {
        return item instanceof PsObject o ? o.has(name) : Members.has(item, name);
    }

    /** Properties of the language's own values that the runtime's Members does not know. */
    private static Object extra(Object t, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (t instanceof TypeInfo type) {
            return switch (n) {
                case "name" -> type.name();
                case "fullname" -> type.fullName();
                case "namespace" -> type.namespace();
                case "isarray" -> type.isArray();
                default -> NONE;
            };
        }
        if (t instanceof Boolean b && n.equals("ispresent")) return b;
        if (t instanceof Character c && n.equals("length")) return 1;
        if (t instanceof TextBuilder b && n.equals("length")) return b.text().length();
        if (t instanceof io.migsh.runtime.SecureString s && n.equals("length")) return s.length();
        if (t instanceof RegexValue r && n.equals("options")) return "None";
        if (t instanceof ScriptBlockValue sb) {
            return switch (n) {
                case "ast" -> sb.ast();
                case "file" -> sb.ast().extent().source().file();
                default -> NONE;
            };
        }
        if (t instanceof PsException e) {
            return switch (n) {
                case "message" -> e.getMessage();
                case "errorrecord" -> e.record();
                case "innerexception" -> null;
                case "hresult" -> -2146233087;
                case "source", "stacktrace", "helplink" -> null;
                default -> NONE;
            };
        }
        if (t instanceof ErrorRecord r) {
            return switch (n) {
                case "invocationinfo" -> invocationInfo(r);
                case "scriptstacktrace" -> r.position().isKnown() ? "at <ScriptBlock>, "
                        + (r.position().file() == null ? "<No file>" : r.position().file()) + ": line "
                        + r.position().line() : "";
                case "errordetails" -> null;
                default -> NONE;
            };
        }
        if (t instanceof PsObjectView v) return v.property(n);
        if (t instanceof ScriptCmdlet c) return c.property(n);
        return NONE;
    }

    private static PsObject invocationInfo(ErrorRecord r) {
        PsObject info = new PsObject("System.Management.Automation.InvocationInfo", "System.Object");
        info.add("MyCommand", r.commandName());
        info.add("ScriptLineNumber", r.position().line());
        info.add("OffsetInLine", r.position().column());
        info.add("Line", r.position().lineText());
        info.add("ScriptName", r.position().file() == null ? "" : r.position().file());
        info.add("PositionMessage", r.position().isKnown() ? "At " + (r.position().file() == null ? "line"
                : r.position().file()) + ":" + r.position().line() + " char:" + r.position().column() + "\n+ "
                + r.position().lineText() : "");
        return info;
    }

    @SuppressWarnings("unchecked")
    public static void set(Object target, String name, Object value) {
        if (target == null) {
            throw RuntimeErrors.runtime("The property '" + name + "' cannot be found on this object. Verify that the "
                    + "property exists and can be set.", "PropertyNotFound");
        }
        if (target instanceof PsObject o) {
            if (!o.has(name)) throw RuntimeErrors.propertyNotFound(name);
            o.set(name, value);
            return;
        }
        if (target instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(name, value);
            return;
        }
        if (target instanceof List<?> list) {
            for (Object item : list) set(item, name, value);
            return;
        }
        throw RuntimeErrors.runtime("'" + name + "' is a ReadOnly property.", "PropertyAssignmentException");
    }

    /** The .PSObject view of any value: Properties, TypeNames, BaseObject, Copy(). */
    public record PsObjectView(Object target) {
        Object property(String n) {
            return switch (n) {
                case "properties" -> properties(target);
                case "typenames" -> new ArrayList<Object>(TypeNames.of(target));
                case "baseobject", "immediatebaseobject" -> target;
                case "members" -> properties(target);
                default -> null;
            };
        }

        @Override
        public String toString() {
            return LanguagePrimitives.toText(target);
        }
    }

    /** .PSObject.Properties: also indexable by name, as PowerShell's member collections are. */
    @io.migsh.runtime.DotNetName("System.Management.Automation.PSMemberInfoIntegratingCollection`1")
    public static final class PropertyCollection extends ArrayList<Object> {
        public Object byName(String name) {
            for (Object o : this) {
                if (o instanceof PsObject p && name.equalsIgnoreCase(String.valueOf(p.get("Name")))) return p;
            }
            return null;
        }
    }

    static List<Object> properties(Object target) {
        PropertyCollection out = new PropertyCollection();
        List<String> names = target instanceof PsObject o ? o.propertyNames() : Members.propertyNames(target);
        for (String n : names) {
            Object v = get(target, n);
            PsObject p = new PsObject("System.Management.Automation.PSNoteProperty", "System.Object");
            p.add("Value", v).add("MemberType", target instanceof PsObject ? "NoteProperty" : "Property")
                    .add("IsSettable", target instanceof PsObject).add("IsGettable", true)
                    .add("TypeNameOfValue", v == null ? "System.Object" : TypeNames.name(v)).add("Name", n);
            out.add(p.withToString(TypeNames.name(v) + " " + n + "=" + LanguagePrimitives.toText(v)));
        }
        return out;
    }

    static PsHashtable empty() {
        return new PsHashtable();
    }
}
