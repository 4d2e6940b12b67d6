package io.migsh.lang.interpreter;

import io.migsh.lang.ast.TypeName;
import io.migsh.lang.interpreter.TypeInfo.Kind;
import io.migsh.runtime.ActionPreference;
import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.SecureString;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the type a [name] denotes: the PowerShell type accelerators ([int], [hashtable], [pscustomobject], ...),
 * full .NET names with or without "System.", arrays ([string[]]) and generic lists ([List[string]]).
 */
public final class TypeResolver {
    private static final Map<String, TypeInfo> TYPES = new HashMap<>();

    static {
        plain("System.Int32", Integer.class, "int", "int32");
        plain("System.Int64", Long.class, "long", "int64");
        plain("System.Int16", Integer.class, "short", "int16");
        plain("System.Byte", Integer.class, "byte");
        plain("System.UInt32", Long.class, "uint", "uint32");
        plain("System.UInt64", Long.class, "ulong", "uint64");
        plain("System.Double", Double.class, "double");
        plain("System.Single", Double.class, "float", "single");
        plain("System.Decimal", BigDecimal.class, "decimal");
        plain("System.String", String.class, "string");
        plain("System.Boolean", Boolean.class, "bool", "boolean");
        plain("System.Char", Character.class, "char");
        plain("System.DateTime", PsDateTime.class, "datetime");
        plain("System.DateTimeKind", DateTimeKind.class);
        plain("System.TimeSpan", Duration.class, "timespan");
        plain("System.Guid", UUID.class, "guid");
        plain("System.Security.SecureString", SecureString.class, "securestring");
        plain("System.Management.Automation.PSCredential", PsCredential.class, "pscredential");
        plain("System.Management.Automation.ActionPreference", ActionPreference.class, "actionpreference");
        plain("System.Management.Automation.ErrorCategory", ErrorCategory.class, "errorcategory");
        special("System.Void", Kind.VOID, "void");
        special("System.Object", Kind.OBJECT, "object");
        special("System.Collections.Hashtable", Kind.HASHTABLE, "hashtable");
        special("System.Collections.Specialized.OrderedDictionary", Kind.ORDERED, "ordered");
        special("System.Management.Automation.PSCustomObject", Kind.PSCUSTOMOBJECT, "pscustomobject");
        special("System.Management.Automation.PSObject", Kind.PSOBJECT, "psobject");
        special("System.Collections.ArrayList", Kind.ARRAYLIST);
        special("System.Text.RegularExpressions.Regex", Kind.REGEX, "regex");
        special("System.Management.Automation.SwitchParameter", Kind.SWITCH, "switch");
        special("System.Management.Automation.ScriptBlock", Kind.SCRIPTBLOCK, "scriptblock");
        special("System.Text.StringBuilder", Kind.STRINGBUILDER);
        special("System.Type", Kind.TYPE, "type");
        TypeInfo array = new TypeInfo("System.Object[]", Kind.ARRAY, null, TYPES.get("system.object"));
        register(array, "array");
        for (String n : new String[] {"System.Math", "System.IO.File", "System.IO.Path", "System.IO.Directory",
                "System.Environment", "System.Convert", "System.Text.Encoding", "System.Web.HttpUtility",
                "System.Uri", "System.Version", "System.Net.Mail.MailAddress", "System.Enum",
                "System.Management.Automation.WildcardPattern", "System.Management.Automation.ErrorRecord",
                "System.Management.Automation.WarningRecord", "System.Management.Automation.VerboseRecord",
                "System.Management.Automation.InformationRecord"}) {
            special(n, Kind.NAMED);
        }
        register(TYPES.get("system.math"), "math");
        register(TYPES.get("system.environment"), "environment");
        register(TYPES.get("system.convert"), "convert");
        register(TYPES.get("system.version"), "version");
        register(TYPES.get("system.uri"), "uri");
        register(TYPES.get("system.net.mail.mailaddress"), "mailaddress");
        register(TYPES.get("system.management.automation.wildcardpattern"), "wildcardpattern");
    }

    private TypeResolver() {}

    private static void plain(String full, Class<?> javaClass, String... aliases) {
        register(TypeInfo.of(full, Kind.PLAIN, javaClass), aliases);
    }

    private static void special(String full, Kind kind, String... aliases) {
        register(TypeInfo.of(full, kind, null), aliases);
    }

    private static void register(TypeInfo t, String... aliases) {
        TYPES.put(t.fullName().toLowerCase(Locale.ROOT), t);
        for (String a : aliases) TYPES.put(a, t);
    }

    /** The type a written type name denotes, or the "Unable to find type" error. */
    public static TypeInfo resolve(TypeName tn) {
        TypeInfo t = find(tn);
        if (t == null) throw RuntimeErrors.typeNotFound(tn.fullName());
        return t;
    }

    /** The type, or null when it is unknown. */
    public static TypeInfo find(TypeName tn) {
        if (tn.arrayRank() > 0) {
            TypeInfo element = find(tn.elementType());
            if (element == null) return null;
            if (element.fullName().equals("System.Byte")) return TypeInfo.of("System.Byte[]", Kind.PLAIN, byte[].class);
            return new TypeInfo(element.fullName() + "[]", Kind.ARRAY, null, element);
        }
        if (!tn.genericArguments().isEmpty()) {
            String n = tn.name().toLowerCase(Locale.ROOT);
            if (n.equals("system.collections.generic.list") || n.equals("collections.generic.list")
                    || n.equals("list")) {
                TypeInfo element = find(tn.genericArguments().get(0));
                if (element == null) return null;
                return new TypeInfo("System.Collections.Generic.List[" + element.fullName() + "]", Kind.GENERIC_LIST,
                        null, element);
            }
            if (n.endsWith("generic.dictionary") || n.endsWith("generic.sorteddictionary")) {
                return TYPES.get("system.collections.hashtable");
            }
            if (n.endsWith("generic.hashset")) {
                TypeInfo element = find(tn.genericArguments().get(0));
                return new TypeInfo("System.Collections.Generic.HashSet[" + (element == null ? "System.Object"
                        : element.fullName()) + "]", Kind.GENERIC_LIST, null, element);
            }
            return null;
        }
        return find(tn.name());
    }

    /** A type by name (as in "[int]" or -is 'System.String'), or null. */
    public static TypeInfo find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) n = n.substring(1, n.length() - 1);
        TypeInfo t = TYPES.get(n);
        if (t == null) t = TYPES.get("system." + n);
        if (t == null && ExceptionTypes.isKnown(n)) t = TypeInfo.of(canonicalException(name), Kind.EXCEPTION, null);
        if (t == null && ExceptionTypes.isKnown("system." + n)) {
            t = TypeInfo.of(canonicalException("System." + name), Kind.EXCEPTION, null);
        }
        return t;
    }

    private static String canonicalException(String name) {
        return name.trim();
    }
}
